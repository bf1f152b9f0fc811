namespace Scorecard.Reports.Tests.Audit;

/// <summary>Paths of the audit test data and scratch files written by tests.</summary>
internal static class AuditTestFiles
{
    /// <summary>The Essex scorecard for the 12 months to May 2024, as exported from its PDF.</summary>
    public static string Reference => Path.Combine(AppContext.BaseDirectory, "Audit", "TestData", "essex-scorecard-2024-05.tsv");

    /// <summary>Writes <paramref name="text"/> to a new file with <paramref name="extension"/> and returns its path.</summary>
    public static string Write(string text, string extension = ".tsv")
    {
        var path = NewPath(extension);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Returns a new path in a scratch folder for this test run.</summary>
    public static string NewPath(string extension)
    {
        var folder = Path.Combine(Path.GetTempPath(), "scorecard-audit-tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Guid.NewGuid():N}{extension}");
    }
}
