using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Namsmannen.Browser.Tests;

public static class Accessibility
{
    /// <summary>Runs axe for WCAG 2.1 A and AA on the page as it is now and fails with every violation listed.</summary>
    public static async Task ShouldHaveNoWcagViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var report = string.Join('\n', result.Violations.Select(v =>
            $"  {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"));
        result.Violations.ShouldBeEmpty($"axe found WCAG 2.1 AA violations on {page.Url}:\n{report}");
        result.Passes.Length.ShouldBeGreaterThan(0, "axe must actually have checked the page");
    }
}
