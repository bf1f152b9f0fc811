namespace Scorecard.Cli.Tests;

/// <summary>
/// Output sent to a file or a pipe: message lines are never wrapped, so a log keeps each on one line
/// for grep, and tables take only the width their cells need, or COLUMNS when it is set.
/// </summary>
public sealed class RedirectedOutputTests : IDisposable
{
    private const string Header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Import_LongBadRow_StaysOnOneLine()
    {
        var file = StreetFileInDeepFolder();

        var (exitCode, output, _) = CliProcess.Run(WithoutColumns, "import", "police-uk", file, "--db", _folder.File("long.duckdb"));

        Assert.Equal(0, exitCode);
        var badRow = Assert.Single(Lines(output), line => line.Contains("value 'Burglery'"));
        Assert.StartsWith($"  {file}:3 column 'Crime type'", badRow);
        Assert.EndsWith("correct the value or remove the row.", badRow);
        Assert.True(badRow.Length > 250, $"The bad row is {badRow.Length} characters, too short to test wrapping.");
    }

    [Fact]
    public void Import_Columns80_BadRowUnwrapped()
    {
        var file = StreetFileInDeepFolder();

        var (_, output, _) = CliProcess.Run(Columns("80"), "import", "police-uk", file, "--db", _folder.File("long.duckdb"));

        var badRow = Assert.Single(Lines(output), line => line.Contains("value 'Burglery'"));
        Assert.StartsWith($"  {file}:3 column 'Crime type'", badRow);
        Assert.EndsWith("correct the value or remove the row.", badRow);
    }

    [Fact]
    public void Import_LongStorePath_SummaryOnOneLine()
    {
        var database = Path.Combine(Path.GetDirectoryName(StreetFileInDeepFolder())!, "store.duckdb");

        var (_, output, _) = CliProcess.Run(Columns("80"), "import", "police-uk", StreetFileInDeepFolder(), "--db", database);

        Assert.Contains($"Imported 1 file(s) into {database}: 1 crimes,", output);
    }

    [Fact]
    public void Info_Redirected_TableKeepsNaturalWidth()
    {
        var database = _folder.File("info.duckdb");
        CliProcess.Run(WithoutColumns, "import", "police-uk", StreetFileInDeepFolder(), "--db", database);

        var (exitCode, output, _) = CliProcess.Run(WithoutColumns, "info", "--db", database);

        Assert.Equal(0, exitCode);
        var table = Lines(output).Where(line => line.StartsWith('┌') || line.StartsWith('│') || line.StartsWith('└')).ToList();
        Assert.Single(table, line => line.Contains("test-force") && line.Contains("Nov 2020 to Nov 2020 (1)"));
        Assert.All(table, line => Assert.Equal(table[0].Length, line.Length));
        Assert.InRange(table[0].Length, 60, 160);
    }

    [Fact]
    public void Info_Columns60_TableFitsWidth()
    {
        var database = _folder.File("narrow.duckdb");
        CliProcess.Run(WithoutColumns, "import", "police-uk", StreetFileInDeepFolder(), "--db", database);

        var (exitCode, output, _) = CliProcess.Run(Columns("60"), "info", "--db", database);

        Assert.Equal(0, exitCode);
        var table = Lines(output).Where(line => line.StartsWith('┌') || line.StartsWith('│') || line.StartsWith('└')).ToList();
        Assert.NotEmpty(table);
        Assert.All(table, line => Assert.InRange(line.Length, 1, 60));
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("0")]
    [InlineData("-5")]
    public void Info_ColumnsNotANumber_Ignored(string columns)
    {
        var database = _folder.File("ignored.duckdb");
        CliProcess.Run(WithoutColumns, "import", "police-uk", StreetFileInDeepFolder(), "--db", database);

        var (exitCode, output, _) = CliProcess.Run(Columns(columns), "info", "--db", database);

        Assert.Equal(0, exitCode);
        Assert.Contains("Nov 2020 to Nov 2020 (1)", output);
    }

    [Fact]
    public void Import_BracketsInPath_WrittenAsText()
    {
        var folder = Path.Combine(_folder.Path, "[archive]");
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "store.duckdb");

        var (exitCode, output, _) = CliRunner.Run("import", "police-uk", StreetFileInDeepFolder(), "--db", database);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Imported 1 file(s) into {database}:", output);
    }

    private static IReadOnlyDictionary<string, string?> WithoutColumns { get; } = new Dictionary<string, string?> { ["COLUMNS"] = null };

    private static IReadOnlyDictionary<string, string?> Columns(string value) => new Dictionary<string, string?> { ["COLUMNS"] = value };

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    // A street file for Nov 2020 whose second row has an unknown crime type, six folders deep, so the
    // bad row's message (path, line, column, value and the list of crime types) is far over 250 characters.
    private string StreetFileInDeepFolder()
    {
        var folder = _folder.Path;
        for (var depth = 0; depth < 6; depth++)
        {
            folder = Path.Combine(folder, "police-uk-downloads-for-the-force-area");
        }

        folder = Path.Combine(folder, "2020-11");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "2020-11-test-force-street.csv");
        File.WriteAllText(file,
            Header + "\n"
            + "a,2020-11,T,T,-0.1,51.5,On or near X,E01,N,Burglary,Under investigation,\n"
            + "b,2020-11,T,T,-0.1,51.5,On or near X,E01,N,Burglery,Under investigation,\n");
        return file;
    }
}
