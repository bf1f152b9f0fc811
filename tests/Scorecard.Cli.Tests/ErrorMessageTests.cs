namespace Scorecard.Cli.Tests;

public sealed class ErrorMessageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Report_MissingPlan_NamesPath()
    {
        var (exitCode, _, error) = CliRunner.Run("report", "--plan", _folder.File("none.yaml"), "--month", "2020-11", "--db", _folder.File("x.duckdb"));

        Assert.Equal(2, exitCode);
        Assert.Contains("none.yaml' was not found", error);
    }

    [Fact]
    public void Report_BadMonth_ShowsForm()
    {
        var (exitCode, _, error) = CliRunner.Run("report", "--plan", RepositoryRoot.ExamplePlan, "--month", "11/2020", "--db", _folder.File("x.duckdb"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--month '11/2020' is not a month. Write it as yyyy-MM", error);
    }

    [Fact]
    public void Report_NoStore_SaysImportFirst()
    {
        var (exitCode, _, error) = CliRunner.Run("report", "--plan", RepositoryRoot.ExamplePlan, "--month", "2020-11", "--db", _folder.File("none.duckdb"));

        Assert.Equal(2, exitCode);
        Assert.Contains("Import data first", error);
    }

    [Fact]
    public void Report_UnknownFormat_ListsFormats()
    {
        var (exitCode, _, error) = CliRunner.Run("report", "--plan", RepositoryRoot.ExamplePlan, "--month", "2020-11", "--format", "docx", "--db", _folder.File("x.duckdb"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--format 'docx' is not a scorecard format", error);
    }

    [Fact]
    public void Import_Strict_BadRowExitsOneAndStoresNothing()
    {
        var folder = Path.Combine(_folder.Path, "2020-11");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2020-11-test-force-street.csv"),
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n"
            + "a,2020-11,T,T,-0.1,51.5,On or near X,E01,N,Burglary,Under investigation,\n"
            + "b,2020-11,T,T,-0.1,51.5,On or near X,E01,N,Burglery,Under investigation,\n");
        var database = _folder.File("strict.duckdb");

        var (exitCode, output, error) = CliRunner.Run("import", "police-uk", folder, "--strict", "--db", database);

        Assert.Equal(1, exitCode);
        Assert.Contains("Nothing was stored: --strict was given and 1 bad row(s) were found.", error);
        Assert.Contains("2020-11-test-force-street.csv:3 column 'Crime type' value 'Burglery'", output);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void Import_Default_BadRowListedRestStored()
    {
        var folder = Path.Combine(_folder.Path, "2020-11");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2020-11-test-force-street.csv"),
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n"
            + "a,2020-11,T,T,-0.1,51.5,On or near X,E01,N,Burglary,Under investigation,\n"
            + "b,2020-13,T,T,-0.1,51.5,On or near X,E01,N,Burglary,Under investigation,\n");
        var database = _folder.File("default.duckdb");

        var (exitCode, output, _) = CliRunner.Run("import", "police-uk", folder, "--db", database);

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 1 file(s)", output);
        Assert.Contains("1 crimes, 0 anti-social behaviour incidents", output);
        Assert.Contains("1 bad row(s) skipped", output);
        Assert.Contains(":3 column 'Month' value '2020-13'", output);
    }

    [Fact]
    public void Import_HeaderOnlyFile_CountedAsWholeFile()
    {
        const string header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
        var folder = Path.Combine(_folder.Path, "download");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2020-10-test-force-street.csv"), header);
        File.WriteAllText(Path.Combine(folder, "2020-11-test-force-street.csv"),
            header + "b,2020-13,T,T,-0.1,51.5,On or near X,E01,N,Burglary,Under investigation,\n");
        var database = _folder.File("skipped.duckdb");

        var (exitCode, output, _) = CliRunner.Run("import", "police-uk", folder, "--db", database);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 bad row(s) and 1 whole file(s) skipped:", output);
        Assert.Contains("2020-10-test-force-street.csv:1: The file has a header but no rows.", output);
    }

    [Fact]
    public void Import_StrictSkippedFile_CountsApart()
    {
        const string header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
        var folder = Path.Combine(_folder.Path, "strict-files");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2020-10-test-force-street.csv"), header);
        File.WriteAllText(Path.Combine(folder, "2020-11-test-force-street.csv"),
            header + "b,2020-13,T,T,-0.1,51.5,On or near X,E01,N,Burglary,Under investigation,\n");
        var database = _folder.File("kept-strict.duckdb");
        CliRunner.Run("import", "police-uk", RepositoryRoot.CityOfLondonSample, "--db", database);

        var (exitCode, output, error) = CliRunner.Run("import", "police-uk", folder, "--strict", "--db", database);
        var (_, info, _) = CliRunner.Run("info", "--db", database);

        Assert.Equal(1, exitCode);
        Assert.Contains("Nothing was stored: --strict was given and 1 bad row(s) and 1 whole file(s) were found.", error);
        Assert.Contains("1 bad row(s) and 1 whole file(s) found:", output);
        Assert.Contains("city-of-london", info);
        Assert.DoesNotContain("test-force", info);
    }

    [Fact]
    public void Import_FailsIntoNewStore_LeavesNoFile()
    {
        var database = _folder.File("new.duckdb");

        var (exitCode, _, error) = CliRunner.Run("import", "police-uk", _folder.File("no-such-folder"), "--db", database);

        Assert.Equal(2, exitCode);
        Assert.Contains("was not found", error);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void Import_FailsIntoExistingStore_KeepsIt()
    {
        var database = _folder.File("kept.duckdb");
        CliRunner.Run("import", "police-uk", RepositoryRoot.CityOfLondonSample, "--db", database);

        var (exitCode, _, _) = CliRunner.Run("import", "police-uk", _folder.File("no-such-folder"), "--db", database);
        var (_, info, _) = CliRunner.Run("info", "--db", database);

        Assert.Equal(2, exitCode);
        Assert.True(File.Exists(database));
        Assert.Contains("city-of-london", info);
    }

    [Fact]
    public void Report_MissingMonthOption_ExitsTwoWithMessage()
    {
        var (exitCode, _, error) = CliRunner.Run("report", "--plan", RepositoryRoot.ExamplePlan, "--db", _folder.File("x.duckdb"));

        Assert.Equal(2, exitCode);
        Assert.Contains("Error: Option '--month' is required.", error);
        Assert.Contains("--help", error);
    }

    [Fact]
    public void UnknownCommand_ExitsTwo()
    {
        var (exitCode, _, error) = CliRunner.Run("reprot");

        Assert.Equal(2, exitCode);
        Assert.Contains("reprot", error);
    }

    [Fact]
    public void Report_OutIsAFile_ExplainsWithoutStackTrace()
    {
        var file = _folder.File("existing.txt");
        File.WriteAllText(file, "x");
        var database = _folder.File("out-file.duckdb");
        CliRunner.Run("import", "police-uk", RepositoryRoot.CityOfLondonSample, "--db", database);

        var (exitCode, _, error) = CliRunner.Run("report", "--plan", RepositoryRoot.ExamplePlan, "--month", "2020-11", "--out", file, "--format", "csv", "--db", database);

        Assert.Equal(2, exitCode);
        Assert.Contains("existing.txt", error);
        Assert.DoesNotContain(" at System.", error);
    }
}
