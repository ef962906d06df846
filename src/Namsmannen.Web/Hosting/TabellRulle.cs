using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Every table scrolls sideways inside its own container, so a page never does (WCAG 2.1 1.4.10, reflow). The
/// container is a named, focusable region (named by the table's caption), so a keyboard user can scroll it too.
/// </summary>
[HtmlTargetElement("table")]
public sealed partial class TabellRulle : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var innhold = (await output.GetChildContentAsync()).GetContent();
        var caption = Caption().Match(innhold);
        var navn = caption.Success ? WebUtility.HtmlDecode(Merker().Replace(caption.Groups[1].Value, string.Empty)).Trim() : "Tabell";
        output.PreElement.SetHtmlContent($"<div class=\"rulle\" role=\"region\" tabindex=\"0\" aria-label=\"{WebUtility.HtmlEncode(navn)}\">");
        output.PostElement.SetHtmlContent("</div>");
    }

    [GeneratedRegex("<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Merker();
}
