using System.IO.Compression;
using System.Text;

namespace Scorecard.Data.Tests;

/// <summary>Writes tiny police.uk files into a temporary folder that is deleted afterwards.</summary>
public sealed class PoliceUkFiles : IDisposable
{
    public const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    public const string SnakeCaseHeader = "crime_id,month,reported_by,falls_within,longitude,latitude,location,lsoa_code,lsoa_name,crime_type,last_outcome_category,context";

    public const string OutcomesHeader = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";

    public PoliceUkFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "scorecard-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "store.duckdb");

    /// <summary>A crime row with the given id, month, type and outcome.</summary>
    public static string Crime(string id, string month, string type, string outcome = "Under investigation") =>
        $"{id},{month},Test Police,Test Police,-0.091,51.515,On or near Test Street,E01000001,City of London 001A,{type},{outcome},";

    /// <summary>An anti-social behaviour row, which police.uk writes with no crime id and no outcome.</summary>
    public static string Asb(string month) =>
        $",{month},Test Police,Test Police,-0.092,51.516,On or near Test Lane,E01000001,City of London 001A,Anti-social behaviour,,";

    /// <summary>A "No location" crime row: no coordinates and no LSOA.</summary>
    public static string NoLocationCrime(string id, string month, string type) =>
        $"{id},{month},Test Police,Test Police,,,No location,,,{type},Under investigation,";

    /// <summary>Writes <c>relativePath</c> with the header and rows, returning its full path.</summary>
    public string Write(string relativePath, string header, params string[] rows)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, header + "\n" + string.Join("\n", rows) + (rows.Length > 0 ? "\n" : ""), new UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes a street file named as police.uk names it, in a folder of its month.</summary>
    public string Street(string month, string force, params string[] rows) =>
        Write($"{month}/{month}-{force}-street.csv", Header, rows);

    /// <summary>Packs every file under <paramref name="sourceFolder"/> into a zip archive, keeping the folders.</summary>
    public string Zip(string sourceFolder, string zipName)
    {
        var path = Path.Combine(Folder, zipName);
        ZipFile.CreateFromDirectory(sourceFolder, path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a failing test must not hide the test's own failure.
        }
    }
}
