namespace Scorecard.Data.Import.PoliceUk;

/// <summary>
/// Files, bytes and rows done by an import whose files are read on several threads, reported to
/// <see cref="IProgress{T}"/> after each file and each time the rows pass another 50,000.
/// </summary>
/// <remarks>Reports arrive from the reading threads, so a receiver must be thread-safe.</remarks>
internal sealed class ImportCounter(int fileCount, long bytesTotal, IProgress<ImportProgress>? progress)
{
    public const int ReportEveryRows = 50_000;

    private int _filesDone;
    private long _bytesDone;
    private long _rows;

    /// <summary>Good rows read so far.</summary>
    public long Rows => Interlocked.Read(ref _rows);

    /// <summary>Adds <paramref name="rows"/> rows read from <paramref name="file"/>, reporting when a multiple of 50,000 is passed.</summary>
    public void AddRows(long rows, string file)
    {
        var after = Interlocked.Add(ref _rows, rows);
        if (after / ReportEveryRows != (after - rows) / ReportEveryRows)
        {
            Report(file);
        }
    }

    /// <summary>Counts <paramref name="file"/> as finished and reports.</summary>
    public void FinishFile(PoliceUkFile file)
    {
        Interlocked.Increment(ref _filesDone);
        Interlocked.Add(ref _bytesDone, file.Length);
        Report(file.DisplayPath);
    }

    /// <summary>Reports that every file is read and the rows are being written to the store.</summary>
    public void ReportStoring() =>
        progress?.Report(new ImportProgress(fileCount, fileCount, bytesTotal, bytesTotal, Rows, "") { Storing = true });

    private void Report(string file) =>
        progress?.Report(new ImportProgress(Volatile.Read(ref _filesDone), fileCount, Interlocked.Read(ref _bytesDone), bytesTotal, Rows, file));
}
