namespace Scorecard.Cli.Tests;

/// <summary>--db is offered by the commands that open the store, and only by them.</summary>
public sealed class StoreOptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("generate")]
    [InlineData("audit")]
    public void Help_CommandWithoutStore_HasNoDbOption(string command)
    {
        var (exitCode, output, _) = CliRunner.Run(command, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output);
        Assert.DoesNotContain("--db", output);
    }

    [Theory]
    [InlineData("info")]
    [InlineData("report")]
    [InlineData("chart")]
    [InlineData("import", "police-uk")]
    [InlineData("import", "offences")]
    [InlineData("import", "calls")]
    [InlineData("import", "survey")]
    [InlineData("import", "returns")]
    [InlineData("import", "reference")]
    public void Help_CommandWithStore_ListsDbOption(params string[] command)
    {
        var (exitCode, output, _) = CliRunner.Run([.. command, "--help"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("--db <PATH>", output);
        Assert.Contains("DuckDB store file that holds the imported data", output);
    }

    [Fact]
    public void Generate_DbOption_Rejected()
    {
        var (exitCode, _, error) = CliRunner.Run("generate", "--out", _folder.File("extract"), "--db", _folder.File("x.duckdb"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--db", error);
        Assert.False(Directory.Exists(_folder.File("extract")));
    }

    [Fact]
    public void Import_DbOption_ChoosesStore()
    {
        var folder = Path.Combine(_folder.Path, "2020-11");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2020-11-test-force-street.csv"),
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n"
            + "a,2020-11,T,T,-0.1,51.5,On or near X,E01,N,Burglary,Under investigation,\n");
        var database = _folder.File("chosen.duckdb");

        var (exitCode, _, _) = CliRunner.Run("import", "police-uk", folder, "--db", database);
        var (_, info, _) = CliRunner.Run("info", "--db", database);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(database));
        Assert.Contains("test-force", info);
    }
}
