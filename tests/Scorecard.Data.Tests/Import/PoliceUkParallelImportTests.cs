using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Scorecard.Data.Import;
using Scorecard.Data.Import.PoliceUk;
using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Import;

/// <summary>
/// The importer reads files on several threads into a staging database and stores them in one
/// transaction at the end. These tests pin what must not depend on that: order, repeats, failures.
/// </summary>
public sealed class PoliceUkParallelImportTests : IDisposable
{
    private static readonly string[] Forces = ["force-a", "force-b", "force-c", "force-d", "force-e"];

    private readonly PoliceUkFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Import_ManyFiles_StoresEachFileCount()
    {
        // Force i (from 1) in month m (10 or 11) gets i + m - 9 crimes and one ASB incident.
        WriteForcesAndMonths();
        using var store = ScorecardStore.Open(_files.DatabasePath);

        var result = new PoliceUkImporter(store).Import([_files.Folder]);

        Assert.True(result.Committed);
        Assert.Equal(10, result.StoredFiles);
        for (var i = 0; i < Forces.Length; i++)
        {
            foreach (var month in new[] { 10, 11 })
            {
                var where = $"force = '{Forces[i]}' AND month = DATE '2020-{month}-01'";
                Assert.Equal(i + 1 + month - 9, StoreCounts.Count(store, "street_crimes", where));
                Assert.Equal(1, StoreCounts.Count(store, "asb_incidents", where));
                Assert.Equal(1, StoreCounts.Count(store, "loaded_months", where + $" AND rows = {i + 1 + month - 9} AND asb_rows = 1"));
            }
        }
    }

    [Fact]
    public void Import_ManyFiles_ResultInFileOrder()
    {
        WriteForcesAndMonths();
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([_files.Folder]);

        var expected = Directory.EnumerateFiles(_files.Folder, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, result.Files.Select(file => file.File));
    }

    [Fact]
    public void Import_ManyBadRows_ListedInOrder()
    {
        foreach (var force in Forces)
        {
            _files.Street("2020-11", force,
                PoliceUkFiles.Crime("c1", "2020-11", "Burglary"),
                PoliceUkFiles.Crime("c2", "2020/11", "Burglary"),
                PoliceUkFiles.Crime("c3", "2020-11", "Not a crime type"));
        }

        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([_files.Folder]);

        Assert.Equal(10, result.BadRowCount);
        var expected = Forces.SelectMany(force => new[] { ($"2020-11-{force}-street.csv", 3L), ($"2020-11-{force}-street.csv", 4L) }).ToList();
        Assert.Equal(expected, result.BadRows.Select(row => (Path.GetFileName(row.File), row.Line)));
        Assert.Equal(5, StoreCounts.Count(store, "street_crimes"));
    }

    [Fact]
    public void Import_BadRowsPastLimit_ListsFirst()
    {
        var badRows = Enumerable.Range(0, 1200).Select(i => PoliceUkFiles.Crime($"x{i}", "2020-10", "Burglary")).ToArray();
        _files.Street("2020-11", "force-a", badRows);
        _files.Street("2020-11", "force-b", PoliceUkFiles.Crime("y", "2020-10", "Burglary"));
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([_files.Folder]);

        Assert.Equal(1201, result.BadRowCount);
        Assert.Equal(PoliceUkImporter.MaxBadRowsListed, result.BadRows.Count);
        Assert.All(result.BadRows, row => Assert.EndsWith("2020-11-force-a-street.csv", row.File));
        Assert.Equal(Enumerable.Range(2, PoliceUkImporter.MaxBadRowsListed).Select(line => (long)line), result.BadRows.Select(row => row.Line));
    }

    [Fact]
    public void Import_CutFileThenCopies_StoresFirstCopy()
    {
        // Sorted by path: a/ is read first and is cut short, b/ is stored, c/ repeats b/ and is skipped.
        _files.Write("a/2020-11-test-force-street.csv", PoliceUkFiles.Header);
        _files.Write("b/2020-11-test-force-street.csv", PoliceUkFiles.Header, PoliceUkFiles.Crime("c1", "2020-11", "Burglary"));
        _files.Write("c/2020-11-test-force-street.csv", PoliceUkFiles.Header, PoliceUkFiles.Crime("c1", "2020-11", "Burglary"), PoliceUkFiles.Crime("c2", "2020-11", "Burglary"));
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([_files.Folder]);

        Assert.Equal(1, StoreCounts.Count(store, "street_crimes"));
        Assert.Equal([false, true, false], result.Files.Select(file => file.Stored));
        Assert.Contains("header but no rows", result.BadRows[0].Problem);
        Assert.Contains($"already read from {Path.Combine(_files.Folder, "b", "2020-11-test-force-street.csv")}", result.BadRows[1].Problem);
        Assert.Equal(1, StoreCounts.Count(store, "loaded_months", "source LIKE '%/b/2020-11-test-force-street.csv'"));
    }

    [Fact]
    public void Import_UnreadableZipEntry_KeepsStore()
    {
        var good = _files.Street("2020-10", "test-force", PoliceUkFiles.Crime("old", "2020-10", "Burglary"));
        using var store = ScorecardStore.Open(_files.DatabasePath);
        new PoliceUkImporter(store).Import([good]);
        var zip = WriteZipWithUnreadableEntry();

        var error = Assert.Throws<ScorecardDataException>(() => new PoliceUkImporter(store).Import([zip]));

        Assert.Contains("broken.zip!2020-11/2020-11-test-force-street.csv", error.Message);
        Assert.Contains("nothing was stored", error.Message);
        Assert.Contains("The zip archive is damaged, because this file in it could not be decompressed.", error.Message);
        Assert.Equal(1, StoreCounts.Count(store, "street_crimes"));
        Assert.Equal(1, StoreCounts.Count(store, "street_crimes", "crime_id = 'old'"));
        Assert.Equal(1, StoreCounts.Count(store, "loaded_months"));
        Assert.Equal(0, StagingDatabases(store));
    }

    [Fact]
    public void Import_ZipEntryWithWrongChecksum_StoresNothing()
    {
        // Stored without compression, so one changed byte still reads as text: "Burglary" becomes
        // "Burglarz", which only the checksum can tell from a real bad value.
        var path = Path.Combine(_files.Folder, "changed.zip");
        const string name = "2020-11/2020-11-test-force-street.csv";
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            WriteEntry(archive, name, PoliceUkFiles.Crime("c1", "2020-11", "Burglary"), CompressionLevel.NoCompression);
        }

        var bytes = File.ReadAllBytes(path);
        var at = bytes.AsSpan().IndexOf("Burglary"u8);
        bytes[at + 7] = (byte)'z';
        File.WriteAllBytes(path, bytes);
        using var store = ScorecardStore.OpenInMemory();

        var error = Assert.Throws<ScorecardDataException>(() => new PoliceUkImporter(store).Import([path]));

        Assert.Contains($"changed.zip!{name}", error.Message);
        Assert.Contains("The zip archive is damaged, because this file in it has the CRC-32 checksum", error.Message);
        Assert.Contains("Download the archive again from police.uk", error.Message);
        Assert.Equal(0, StoreCounts.Count(store, "street_crimes"));
        Assert.Equal(0, StoreCounts.Count(store, "loaded_months"));
    }

    [Fact]
    public void Import_AfterSuccessAndStrictFailure_DetachesStaging()
    {
        var good = _files.Street("2020-10", "test-force", PoliceUkFiles.Crime("c1", "2020-10", "Burglary"));
        var bad = _files.Street("2020-11", "test-force", PoliceUkFiles.Crime("c2", "2020-10", "Burglary"));
        using var store = ScorecardStore.Open(_files.DatabasePath);

        new PoliceUkImporter(store).Import([good]);
        var strict = new PoliceUkImporter(store).Import([bad], strict: true);

        Assert.False(strict.Committed);
        Assert.Equal(0, StagingDatabases(store));
        Assert.Equal(1, StoreCounts.Count(store, "street_crimes"));
    }

    [Fact]
    public void Import_Progress_EndsWithStoringReport()
    {
        WriteForcesAndMonths();
        using var store = ScorecardStore.OpenInMemory();
        var progress = new ProgressLog();

        new PoliceUkImporter(store).Import([_files.Folder], progress: progress);

        var reports = progress.Reports.ToList();
        var last = reports[^1];
        Assert.True(last.Storing);
        Assert.Equal(10, last.FilesDone);
        Assert.Equal(last.BytesTotal, last.BytesDone);
        // Crimes: 2 to 6 in October and 3 to 7 in November make 45, and each of the 10 files adds one incident.
        Assert.Equal(55, last.Rows);
        Assert.Single(reports, report => report.Storing);
        Assert.Equal(10, reports.Count(report => !report.Storing));
    }

    [Fact]
    public void Import_ForceNames_TakeLastNamedStreetFile()
    {
        _files.Street("2020-10", "test-force", PoliceUkFiles.Crime("c1", "2020-10", "Burglary"));
        _files.Street("2020-11", "test-force", "c2,2020-11,Test Police,Renamed Police,-0.091,51.515,On or near Test Street,E01000001,City of London 001A,Burglary,,");
        _files.Street("2020-12", "test-force", "c3,2020-12,Test Police,,-0.091,51.515,On or near Test Street,E01000001,City of London 001A,Burglary,,");
        using var store = ScorecardStore.OpenInMemory();

        new PoliceUkImporter(store).Import([_files.Folder]);

        Assert.Equal("Renamed Police", store.Scalar("SELECT name FROM forces WHERE force = 'test-force'"));
    }

    private static long StagingDatabases(ScorecardStore store) =>
        Convert.ToInt64(store.Scalar("SELECT count(*) FROM duckdb_databases() WHERE database_name LIKE 'staging%'"));

    private void WriteForcesAndMonths()
    {
        for (var i = 0; i < Forces.Length; i++)
        {
            foreach (var month in new[] { 10, 11 })
            {
                var text = $"2020-{month}";
                var rows = Enumerable.Range(0, i + 1 + month - 9).Select(n => PoliceUkFiles.Crime($"{Forces[i]}-{month}-{n}", text, "Burglary")).Append(PoliceUkFiles.Asb(text));
                _files.Street(text, Forces[i], rows.ToArray());
            }
        }
    }

    // Writes a zip whose first entry is good and whose second entry's deflate data is all 0xFF bytes.
    // A deflate block starting with the bits 1, 11 has the reserved block type, so reading it always fails.
    private string WriteZipWithUnreadableEntry()
    {
        var path = Path.Combine(_files.Folder, "broken.zip");
        const string brokenName = "2020-11/2020-11-test-force-street.csv";
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            WriteEntry(archive, "2020-10/2020-10-test-force-street.csv", PoliceUkFiles.Crime("new", "2020-10", "Burglary"));
            WriteEntry(archive, brokenName, string.Join("\n", Enumerable.Range(0, 200).Select(i => PoliceUkFiles.Crime($"c{i}", "2020-11", "Burglary"))));
        }

        var bytes = File.ReadAllBytes(path);
        var nameAt = bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(brokenName));
        var headerAt = nameAt - 30;
        var compressedSize = BitConverter.ToInt32(bytes, headerAt + 18);
        var extraLength = BitConverter.ToUInt16(bytes, headerAt + 28);
        bytes.AsSpan(nameAt + brokenName.Length + extraLength, compressedSize).Fill(0xFF);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void WriteEntry(ZipArchive archive, string name, string rows, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name, level).Open(), new UTF8Encoding(false));
        writer.Write(PoliceUkFiles.Header + "\n" + rows + "\n");
    }

    // Reports arrive from the importer's reading threads, so they go into a concurrent queue.
    private sealed class ProgressLog : IProgress<ImportProgress>
    {
        public ConcurrentQueue<ImportProgress> Reports { get; } = new();

        public void Report(ImportProgress value) => Reports.Enqueue(value);
    }
}
