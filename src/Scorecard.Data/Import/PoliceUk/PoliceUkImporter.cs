using System.Runtime.ExceptionServices;
using DuckDB.NET.Data;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.PoliceUk;

/// <summary>
/// Imports police.uk street-level and outcomes files into the store in one transaction.
/// Each (force, month, kind) met in the run replaces what the store held for it, so importing the
/// same files twice never doubles a count. Bad rows are skipped and listed; in strict mode any bad
/// row means nothing is stored.
/// </summary>
/// <remarks>
/// Files are read and checked on one thread per core into an attached in-memory database. Only
/// when every file has been read does one transaction replace the months in the store and copy
/// the rows in, which DuckDB does on every core. A failure at any point leaves the store as it was.
/// </remarks>
public sealed class PoliceUkImporter
{
    /// <summary>Bad rows kept in <see cref="PoliceUkImportResult.BadRows"/>; the rest are only counted.</summary>
    public const int MaxBadRowsListed = BadRowLog.MaxListed;

    private static readonly string[] RowTables = ["street_crimes", "asb_incidents", "crime_outcomes"];

    private readonly ScorecardStore _store;

    /// <summary>Creates an importer that writes to <paramref name="store"/>.</summary>
    public PoliceUkImporter(ScorecardStore store)
    {
        _store = store;
    }

    /// <summary>Imports every police.uk file found under each of <paramref name="paths"/>.</summary>
    /// <param name="paths">CSV files, folders or zip archives.</param>
    /// <param name="strict">When true, any bad row means nothing is stored.</param>
    /// <param name="progress">
    /// Receives progress after each file, every 50,000 rows and once before the rows are stored; may be null.
    /// Reports come from the threads that read the files.
    /// </param>
    /// <exception cref="ScorecardDataException">A path is missing or unreadable, or storing failed; nothing is stored.</exception>
    public PoliceUkImportResult Import(IEnumerable<string> paths, bool strict = false, IProgress<ImportProgress>? progress = null)
    {
        var (files, skipped) = FindFiles(paths.ToList());
        var counter = new ImportCounter(files.Count, files.Sum(file => file.Length), progress);

        using var staging = StagingDatabase.Attach(_store, RowTables);
        var reads = ReadInParallel(files, staging, counter);

        var badRows = new BadRowLog();
        foreach (var read in reads)
        {
            badRows.Append(read.BadRows);
        }

        var imported = reads.Select(read => read.Imported).ToList();
        if (strict && badRows.Count > 0)
        {
            return new PoliceUkImportResult(imported, badRows.Listed, badRows.Count, skipped, Committed: false);
        }

        counter.ReportStoring();
        Store(reads, staging);
        return new PoliceUkImportResult(imported, badRows.Listed, badRows.Count, skipped, Committed: true);
    }

    internal static string KindName(PoliceUkFileKind kind) => kind == PoliceUkFileKind.Street ? "street" : "outcomes";

    private static (List<PoliceUkFile> Files, int Skipped) FindFiles(List<string> paths)
    {
        var files = new List<PoliceUkFile>();
        var skipped = 0;
        foreach (var path in paths)
        {
            var (found, skippedHere) = PoliceUkFileFinder.Find(path);
            files.AddRange(found);
            skipped += skippedHere;
        }

        if (files.Count == 0)
        {
            throw new ScorecardDataException(
                $"No police.uk street or outcomes files were found in {string.Join(", ", paths.Select(path => $"'{path}'"))}{(skipped > 0 ? $" ({skipped} other file(s) skipped)" : "")}. Files must be named like 2020-11-city-of-london-street.csv.");
        }

        return (files, skipped);
    }

    // Files naming the same force, month and kind go to one thread as a group, in the order found,
    // so the choice of which one is read and which is skipped as a repeat never depends on timing.
    // The results come back in the order of the files.
    private static List<PoliceUkFileRead> ReadInParallel(List<PoliceUkFile> files, StagingDatabase staging, ImportCounter counter)
    {
        var groups = files
            .Select((file, index) => (File: file, Index: index))
            .GroupBy(item => (item.File.Force, item.File.Month, item.File.Kind))
            .Select(group => group.ToList())
            .ToList();
        var reads = new PoliceUkFileRead?[files.Count];
        var nextGroup = -1;
        var failed = 0;

        void ReadGroups()
        {
            try
            {
                using var reader = new PoliceUkFileReader(staging, counter);
                int groupIndex;
                while (Volatile.Read(ref failed) == 0 && (groupIndex = Interlocked.Increment(ref nextGroup)) < groups.Count)
                {
                    var group = groups[groupIndex];
                    var position = 0;
                    try
                    {
                        foreach (var read in reader.ReadGroup(group.Select(item => item.File).ToList()))
                        {
                            reads[group[position].Index] = read;
                            position++;
                        }
                    }
                    catch (Exception exception) when (exception is IOException or DuckDBException or InvalidDataException)
                    {
                        throw new ScorecardDataException(
                            $"The import failed while reading '{group[position].File.DisplayPath}' and nothing was stored: {exception.Message}", exception);
                    }
                }
            }
            catch
            {
                // The other threads stop after their current group, because the import has failed.
                Interlocked.Exchange(ref failed, 1);
                throw;
            }
        }

        var threadCount = Math.Clamp(Environment.ProcessorCount, 1, groups.Count);
        var workers = Enumerable.Range(0, threadCount)
            .Select(_ => Task.Factory.StartNew(ReadGroups, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException exception)
        {
            // The first failure explains the import's; the other threads only stopped because of it.
            var first = exception.InnerExceptions.FirstOrDefault(inner => inner is ScorecardDataException) ?? exception.InnerExceptions[0];
            if (first is DuckDBException)
            {
                throw new ScorecardDataException($"The import failed while staging the rows in memory, and nothing was stored: {first.Message}", first);
            }

            ExceptionDispatchInfo.Throw(first);
        }

        return reads.Select(read => read!).ToList();
    }

    // One transaction replaces every month read and copies the staged rows in. It begins after every
    // reader has committed to the staging database, because a transaction reads only data committed before it began.
    private void Store(List<PoliceUkFileRead> reads, StagingDatabase staging)
    {
        var stored = reads.Where(read => read.Imported.Stored).Select(read => read.Imported).ToList();
        StageLoadedMonths(stored, staging);

        using var transaction = _store.Connection.BeginTransaction();
        try
        {
            var loaded = staging.Table("loaded_months");
            ReplaceMonths("street_crimes", "street", loaded);
            ReplaceMonths("asb_incidents", "street", loaded);
            ReplaceMonths("crime_outcomes", "outcomes", loaded);
            _store.Execute($"DELETE FROM loaded_months AS target WHERE EXISTS (SELECT 1 FROM {loaded} AS staged WHERE staged.force = target.force AND staged.month = target.month AND staged.kind = target.kind)");

            foreach (var table in RowTables)
            {
                _store.Execute($"INSERT INTO {table} SELECT * FROM {staging.Table(table)}");
            }

            _store.Execute($"INSERT INTO loaded_months SELECT *, now() FROM {loaded}");
            RecordForceNames(reads);
            transaction.Commit();
        }
        catch (DuckDBException exception)
        {
            transaction.Rollback();
            throw new ScorecardDataException($"The import failed while storing the rows, and nothing was stored: {exception.Message}", exception);
        }
    }

    private static void StageLoadedMonths(List<ImportedFile> stored, StagingDatabase staging)
    {
        var loaded = staging.Table("loaded_months");
        staging.Execute($"CREATE TABLE {loaded} AS SELECT * EXCLUDE (imported_at) FROM loaded_months LIMIT 0");
        using var connection = staging.OpenWorkerConnection();
        using var appender = staging.CreateAppender(connection, "loaded_months");
        foreach (var file in stored)
        {
            appender.CreateRow()
                .AppendValue(file.Force).AppendValue(ScorecardStore.ToDate(file.Month)).AppendValue(KindName(file.Kind)).AppendValue(file.File)
                .AppendValue(file.Rows).AppendValue(file.AsbRows).AppendValue(file.BadRows)
                .EndRow();
        }
    }

    private void ReplaceMonths(string table, string kind, string loaded) =>
        _store.Execute($"DELETE FROM {table} AS target WHERE EXISTS (SELECT 1 FROM {loaded} AS staged WHERE staged.kind = '{kind}' AND staged.force = target.force AND staged.month = target.month)");

    // A force's name is the last one given by a street file of this run; a file with none keeps the stored name.
    private void RecordForceNames(List<PoliceUkFileRead> reads)
    {
        var names = new Dictionary<string, string?>();
        foreach (var read in reads.Where(read => read.Imported.Stored && read.Imported.Kind == PoliceUkFileKind.Street))
        {
            names[read.Imported.Force] = read.ForceName ?? names.GetValueOrDefault(read.Imported.Force);
        }

        foreach (var (force, name) in names)
        {
            _store.Execute("INSERT INTO forces VALUES ($1, $2) ON CONFLICT (force) DO UPDATE SET name = coalesce(excluded.name, forces.name)", force, name);
        }
    }
}
