using System.Text.RegularExpressions;

namespace Namsmannen.Application.Tests.Common;

/// <summary>Issue 13: the packages every project references are exactly those docs/decisions/README.md lists, at the same versions.</summary>
public sealed partial class PakkelisteTests
{
    [Fact]
    public void Every_package_reference_is_listed_in_the_decisions_and_every_listed_one_is_referenced()
    {
        var rot = Infrastructure.Sjekkut.Rot();
        rot.ShouldNotBeNull("the tests run inside the checkout");
        var prosjekter = new[] { "src", "tests", "bench" }
            .SelectMany(mappe => Directory.GetFiles(Path.Combine(rot.FullName, mappe), "*.csproj", SearchOption.AllDirectories));
        var referert = prosjekter
            .SelectMany(fil => Referanse().Matches(File.ReadAllText(fil))
                .Select(m => $"{Path.GetFileNameWithoutExtension(fil)} {m.Groups[1].Value} {m.Groups[2].Value}"))
            .ToHashSet();
        var listet = Rad().Matches(File.ReadAllText(Path.Combine(rot.FullName, "docs", "decisions", "README.md")))
            .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value}")
            .ToHashSet();

        referert.Count.ShouldBeGreaterThan(30, "the projects were read");
        referert.Except(listet).ShouldBeEmpty("referenced by a project but not listed in docs/decisions/README.md");
        listet.Except(referert).ShouldBeEmpty("listed in docs/decisions/README.md but referenced by no project");
    }

    [GeneratedRegex("<PackageReference Include=\"([^\"]+)\" Version=\"([^\"]+)\"")]
    private static partial Regex Referanse();

    [GeneratedRegex(@"^\| (Namsmannen\.[A-Za-z.]+) \| ([A-Za-z0-9.]+) \| ([0-9][0-9A-Za-z.\-]*) \|", RegexOptions.Multiline)]
    private static partial Regex Rad();
}
