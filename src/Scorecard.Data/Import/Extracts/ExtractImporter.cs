using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using nietras.SeparatedValues;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Imports a force's own extract files (offences, calls, survey responses, monthly returns) and
/// reference data into the store in one transaction. Each file replaces what the store held for the
/// months it covers (for returns, per measure id), so importing a file twice never doubles a count.
/// Two files of one run that cover the same month both count. Bad rows are skipped and listed; in
/// strict mode any bad row rolls the whole run back, so nothing is stored.
/// </summary>
public sealed partial class ExtractImporter
{
    /// <summary>Bad rows kept in <see cref="ExtractImportResult.BadRows"/>; the rest are only counted.</summary>
    public const int MaxBadRowsListed = BadRowLog.MaxListed;

    private const int ProgressEveryRows = 50_000;

    private readonly ScorecardStore _store;

    /// <summary>Creates an importer that writes to <paramref name="store"/>.</summary>
    public ExtractImporter(ScorecardStore store)
    {
        _store = store;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ForcePattern();

    /// <summary>Imports every file of <paramref name="kind"/> found under <paramref name="paths"/>.</summary>
    /// <param name="kind">Layout of the files.</param>
    /// <param name="paths">CSV files, or folders whose <c>*.csv</c> files are read in name order.</param>
    /// <param name="options">Force, strictness, extra flags and column mapping.</param>
    /// <param name="progress">Receives progress after each file and every 50,000 rows; may be null.</param>
    /// <exception cref="ScorecardDataException">
    /// A path or the mapping file is missing or unreadable, the force is missing or malformed, or
    /// reference data needed to check offences is not loaded. Nothing is stored then.
    /// </exception>
    public ExtractImportResult Import(ExtractKind kind, IEnumerable<string> paths, ExtractImportOptions options, IProgress<ImportProgress>? progress = null)
    {
        var force = CheckForce(kind, options.Force);
        var mapping = options.ColumnsFile is null ? ColumnMapping.None : ColumnMapping.Read(options.ColumnsFile, kind);
        var files = FindFiles(paths);
        var log = new BadRowLog();
        var results = new List<ExtractFileResult>();
        var current = "";

        using var transaction = _store.Connection.BeginTransaction();
        try
        {
            if (kind == ExtractKind.Reference)
            {
                var reference = new ReferenceReader(_store, force, mapping, log);
                foreach (var file in files)
                {
                    current = file;
                    using var reader = OpenCsv(file);
                    results.Add(reference.ReadFile(file, reader));
                    progress?.Report(new ImportProgress(results.Count, files.Count, 0, 0, results.Sum(result => result.Rows), file));
                }
            }
            else
            {
                _store.Execute("INSERT INTO forces VALUES ($1, NULL) ON CONFLICT (force) DO NOTHING", force!);
                var run = new MonthlyRun(_store, force!, CreateReader(kind, force!, options, files), mapping, log, files, progress);
                foreach (var file in files)
                {
                    current = file;
                    results.Add(run.ImportFile(file));
                }

                run.DropStaging();
            }

            var committed = !(options.Strict && log.Count > 0);
            if (committed)
            {
                transaction.Commit();
            }
            else
            {
                transaction.Rollback();
            }

            return new ExtractImportResult(kind, results, log.Listed, log.Count, committed);
        }
        catch (Exception exception) when (exception is IOException or DuckDBException or InvalidDataException)
        {
            transaction.Rollback();
            throw new ScorecardDataException($"The import failed while reading '{current}' and nothing was stored: {exception.Message}", exception);
        }
        catch (ScorecardDataException)
        {
            transaction.Rollback();
            throw;
        }
    }

    private MonthlyExtractReader CreateReader(ExtractKind kind, string force, ExtractImportOptions options, IReadOnlyList<string> files) => kind switch
    {
        ExtractKind.Offences => new OffenceReader(_store, force, options.ExtraFlags),
        ExtractKind.Calls => new CallReader(_store, force),
        ExtractKind.Survey => new SurveyReader(_store, force),
        ExtractKind.Returns when IsAuditExport(files) => new PublishedScorecardReader(_store, force, options.Plan),
        ExtractKind.Returns => new ReturnsReader(_store, force),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Reference files are not monthly extracts."),
    };

    private static string? CheckForce(ExtractKind kind, string? force)
    {
        if (force is null)
        {
            return kind == ExtractKind.Reference
                ? null
                : throw new ScorecardDataException(
                    $"A {kind.ToString().ToLowerInvariant()} import needs the force the records belong to. Give it with --force, such as --force essex; it must match the plan's force.");
        }

        var trimmed = force.Trim();
        if (!ForcePattern().IsMatch(trimmed))
        {
            throw new ScorecardDataException(
                $"--force '{force}' is not a force identifier. Use lower-case letters, digits and hyphens, as police.uk names forces: essex, city-of-london.");
        }

        return trimmed;
    }

    private static List<string> FindFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.csv").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new ScorecardDataException($"'{path}' was not found. Give a CSV file or a folder of CSV files.");
            }
        }

        return files;
    }

    // The first file decides the layout of the run; a later file of the other layout is listed as bad for its header.
    private static bool IsAuditExport(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return false;
        }

        using var reader = OpenCsv(files[0]);
        return reader.Header.ColNames.Any(name => name.Trim().Equals(PublishedScorecardReader.MarkerColumn, StringComparison.OrdinalIgnoreCase));
    }

    internal static SepReader OpenCsv(string path) =>
        Sep.New(',').Reader(options => options with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).FromFile(path);

    /// <summary>
    /// State of one monthly import run: which (kind, month) were already replaced, and the staging
    /// table each file is read into before its months are replaced.
    /// </summary>
    private sealed class MonthlyRun
    {
        private readonly ScorecardStore _store;
        private readonly string _force;
        private readonly MonthlyExtractReader _reader;
        private readonly ColumnMapping _mapping;
        private readonly BadRowLog _log;
        private readonly IReadOnlyList<string> _files;
        private readonly IProgress<ImportProgress>? _progress;
        private readonly HashSet<(string, ReportMonth)> _replaced = [];
        private readonly string _staging;
        private readonly long _bytesTotal;
        private long _bytesDone;
        private long _rowsStored;
        private int _filesDone;

        public MonthlyRun(ScorecardStore store, string force, MonthlyExtractReader reader, ColumnMapping mapping, BadRowLog log, IReadOnlyList<string> files, IProgress<ImportProgress>? progress)
        {
            _store = store;
            _force = force;
            _reader = reader;
            _mapping = mapping;
            _log = log;
            _files = files;
            _progress = progress;
            _bytesTotal = files.Sum(file => new FileInfo(file).Length);
            _staging = reader.Table + "_staging";
            store.Execute($"CREATE OR REPLACE TEMP TABLE {_staging} AS FROM {reader.Table} LIMIT 0");
        }

        public ExtractFileResult ImportFile(string file)
        {
            var tally = new FileTally();
            using (var csv = OpenCsv(file))
            {
                var (header, problem) = ExtractHeader.Read(csv.Header.ColNames, _mapping, _reader.RequiredColumns, _reader.Layout);
                problem ??= _reader.CheckHeader(header!);
                if (problem is not null)
                {
                    _log.Add(new BadRow(file, 1, null, null, problem + " The file was skipped."));
                    return Finish(file, _reader.Contents, null, 0, 1);
                }

                var record = new ExtractRecord(file, header!, _log, tally);
                using var staging = _store.Connection.CreateAppender("temp", "main", _staging);
                foreach (var row in csv)
                {
                    if (record.Load(row) && _reader.ReadRow(record, staging, tally))
                    {
                        CountStored(file);
                    }
                }
            }

            var coverage = tally.Coverage(_reader.CoversWholeRange);
            foreach (var (kind, months) in coverage)
            {
                foreach (var (month, _, _) in months)
                {
                    ReplaceExisting(kind, month);
                }
            }

            _store.Execute($"INSERT INTO {_reader.Table} FROM {_staging}");
            _store.Execute($"DELETE FROM {_staging}");
            foreach (var (kind, months) in coverage)
            {
                foreach (var (month, rows, bad) in months)
                {
                    RecordLoaded(kind, month, file, rows, bad);
                }
            }

            var covered = coverage.SelectMany(entry => entry.Months.Select(month => month.Month)).ToList();
            return Finish(file, _reader.Contents, covered.Count == 0 ? null : (covered.Min(), covered.Max()), tally.Rows, tally.Bad);
        }

        public void DropStaging() => _store.Execute($"DROP TABLE IF EXISTS {_staging}");

        private ExtractFileResult Finish(string file, string contents, (ReportMonth First, ReportMonth Last)? months, long rows, long bad)
        {
            _filesDone++;
            _bytesDone += new FileInfo(file).Length;
            _progress?.Report(new ImportProgress(_filesDone, _files.Count, _bytesDone, _bytesTotal, _rowsStored, file));
            return new ExtractFileResult(file, contents, months?.First, months?.Last, rows, bad);
        }

        private void CountStored(string file)
        {
            _rowsStored++;
            if (_rowsStored % ProgressEveryRows == 0)
            {
                _progress?.Report(new ImportProgress(_filesDone, _files.Count, _bytesDone, _bytesTotal, _rowsStored, file));
            }
        }

        private void ReplaceExisting(string kind, ReportMonth month)
        {
            if (!_replaced.Add((kind, month)))
            {
                return;
            }

            _reader.DeleteMonth(kind, month);
            _store.Execute("DELETE FROM loaded_months WHERE force = $1 AND month = $2 AND kind = $3", _force, ScorecardStore.ToDate(month), kind);
        }

        // A month imported from two files in one run sums both files' rows in its record.
        private void RecordLoaded(string kind, ReportMonth month, string file, long rows, long bad) =>
            _store.Execute(
                """
                INSERT INTO loaded_months VALUES ($1, $2, $3, $4, $5, 0, $6, now())
                ON CONFLICT (force, month, kind) DO UPDATE SET
                    source = loaded_months.source || '; ' || excluded.source,
                    rows = loaded_months.rows + excluded.rows,
                    bad_rows = loaded_months.bad_rows + excluded.bad_rows
                """,
                _force, ScorecardStore.ToDate(month), kind, file, rows, bad);
    }
}
