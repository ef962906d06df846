namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>The checkout the tests run in: the folder that holds Namsmannen.sln, above the test's own bin folder.</summary>
public static class Sjekkut
{
    /// <summary>The checkout's root, or null when the tests run outside one (a copied bin folder).</summary>
    public static DirectoryInfo? Rot()
    {
        var mappe = new DirectoryInfo(AppContext.BaseDirectory);
        while (mappe is not null && !File.Exists(Path.Combine(mappe.FullName, "Namsmannen.sln")))
        {
            mappe = mappe.Parent;
        }

        return mappe;
    }
}
