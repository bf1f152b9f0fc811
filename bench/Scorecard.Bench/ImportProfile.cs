using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using nietras.SeparatedValues;
using Scorecard.Core.Outcomes;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Bench;

/// <summary>
/// Splits an import's time into stages by timing growing parts of the same work on the same files.
/// The stages are parsing alone, parsing plus the importer's conversions, the same plus the DuckDB
/// appender, the appender alone on rows already in memory, and the whole importer. Appending and
/// read_csv are also timed into an in-memory database, which shows the cost of DuckDB's on-disk storage.
/// A last stage leaves parsing and the crime/ASB split to DuckDB (read_csv into a staging table, then
/// two INSERT ... SELECT statements into the store's tables), as a measure of another design.
/// </summary>
/// <remarks>
/// The stages copy the importer's loop rather than call into it, so they must be kept in step with
/// PoliceUkImporter when it changes.
/// </remarks>
internal sealed partial class ImportProfile(int runs)
{
    private const string AntiSocialBehaviour = PoliceUkCrimeTypes.AntiSocialBehaviour;

    // read_csv's columns as the typed benchmark gives them, with the file name so the force can be taken from
    // YYYY-MM-force-street.csv by position. A regular expression per row took about three times as long
    // (2.6 s against 0.8 s on 3.8 million rows in memory).
    private const string StagingSql = """
        CREATE TEMP TABLE staged AS SELECT * FROM read_csv('{0}', header = true, filename = true, columns = {{
            'Crime ID': 'VARCHAR', 'Month': 'VARCHAR', 'Reported by': 'VARCHAR', 'Falls within': 'VARCHAR',
            'Longitude': 'DOUBLE', 'Latitude': 'DOUBLE', 'Location': 'VARCHAR', 'LSOA code': 'VARCHAR',
            'LSOA name': 'VARCHAR', 'Crime type': 'VARCHAR', 'Last outcome category': 'VARCHAR', 'Context': 'VARCHAR'}});
        INSERT INTO street_crimes SELECT
            parse_filename(filename)[9:-12], strptime(Month, '%Y-%m')::DATE,
            "Crime ID", "Reported by", "Falls within", Longitude, Latitude, Location, "LSOA code", "LSOA name",
            "Crime type", "Last outcome category", Context
            FROM staged WHERE "Crime type" <> 'Anti-social behaviour';
        INSERT INTO asb_incidents SELECT
            parse_filename(filename)[9:-12], strptime(Month, '%Y-%m')::DATE,
            "Reported by", "Falls within", Longitude, Latitude, Location, "LSOA code", "LSOA name", Context
            FROM staged WHERE "Crime type" = 'Anti-social behaviour';
        """;

    // An in-memory database has no file to write, so the gap between a stage run there and the same
    // stage on disk is the cost of DuckDB's on-disk storage.
    private const string InMemory = ":memory:";

    // Rows held in the temporary tables before they move to the store's tables: enough for DuckDB to
    // split the insert into several row groups of 122,880 rows, few enough to bound the memory held.
    private const int StagedRowsPerMove = 1_000_000;

    [GeneratedRegex(@"^\d{4}-\d{2}-(?<force>.+)-street\.csv$")]
    private static partial Regex StreetFileName();

    private delegate long Stage(BenchInput input, string databasePath);

    // A store file whose tables the in-memory stages copy.
    private string? _schemaSource;

    /// <summary>Times each stage on <paramref name="input"/> after one warm-up on <paramref name="warmUp"/>, and prints a table.</summary>
    public void Run(BenchInput input, BenchInput warmUp, string databaseFolder)
    {
        Console.WriteLine($"## Where the import's time goes ({input.Name}, {input.Rows:N0} rows, one process, median of {runs})");
        Console.WriteLine();

        // Rows held in memory for the append-only stage, so that stage times the appender and nothing else.
        var rowsInMemory = ReadRows(warmUp);
        var stages = new (string Name, Stage Run)[]
        {
            ("Sep parse only (every field's span touched)", (source, _) => ParseAndConvert(source, convert: false, appendTo: null)),
            ("parse + convert (checks, doubles, strings)", (source, _) => ParseAndConvert(source, convert: true, appendTo: null)),
            ("append only (rows already in memory)", (source, database) => AppendOnly(rowsInMemory, source.Rows, database)),
            ("append only, into an in-memory database", (source, _) => AppendOnly(rowsInMemory, source.Rows, InMemory)),
            ("parse + convert + append", (source, database) => ParseAndConvert(source, convert: true, appendTo: database)),
            ("parse + convert + append + DELETE per file", (source, database) => ParseAndConvert(source, convert: true, appendTo: database, replace: true)),
            ("parse + convert + append to temp, INSERT ... SELECT", (source, database) => ParseAndConvert(source, convert: true, appendTo: database, staged: true)),
            ("whole Scorecard importer", (source, database) => ImportMethods.Run(ImportMethod.Scorecard, source.Folder, database).Rows),
            ("read_csv typed (plain table)", (source, database) => ReadCsvTyped(source, database)),
            ("read_csv typed, into an in-memory database", (source, _) => ReadCsvTyped(source, InMemory)),
            ("read_csv typed, split into store tables by SQL", (source, database) => ReadCsvIntoStore(source, database)),
        };

        Directory.CreateDirectory(databaseFolder);
        _schemaSource = Path.Combine(databaseFolder, "schema.duckdb");
        ScorecardStore.Open(_schemaSource).Dispose();
        var results = new List<(string Name, long Rows, double Seconds, double CpuSeconds)>();
        try
        {
            foreach (var (name, stage) in stages)
            {
                TimeOnce(stage, warmUp, databaseFolder);
                var seconds = new List<double>();
                var cpuSeconds = new List<double>();
                long rows = 0;
                for (var run = 0; run < runs; run++)
                {
                    (rows, var elapsed, var cpu) = TimeOnce(stage, input, databaseFolder);
                    seconds.Add(elapsed);
                    cpuSeconds.Add(cpu);
                }

                var median = Median(seconds);
                results.Add((name, rows, median, Median(cpuSeconds)));
                Console.WriteLine($"  {name,-56} {median,8:0.000} s  load {MachineInfo.LoadAverage()}");
            }
        }
        finally
        {
            Directory.Delete(databaseFolder, recursive: true);
        }

        var importer = results.Single(result => result.Name.StartsWith("whole Scorecard", StringComparison.Ordinal)).Seconds;
        Console.WriteLine();
        Console.WriteLine("| stage | rows | median s | rows/s | share of importer time | CPU s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, rows, seconds, cpuSeconds) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {rows:N0} | {seconds:0.000} | {rows / seconds:N0} | {seconds / importer:P0} | {cpuSeconds:0.0} |"));
        }
    }

    private static (long Rows, double Seconds, double CpuSeconds) TimeOnce(Stage stage, BenchInput input, string databaseFolder)
    {
        var database = Path.Combine(databaseFolder, "profile.duckdb");
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var rows = stage(input, database);
        stopwatch.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        foreach (var file in new[] { database, database + ".wal" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        return (rows, stopwatch.Elapsed.TotalSeconds, cpuSeconds);
    }

    // Mirrors PoliceUkImporter's street loop: the same Sep options, checks, conversions and appender calls,
    // without the bad-row listing, the replace of earlier months and the loaded-months record.
    // With staged, rows are appended to temporary tables and moved to the store's tables by
    // INSERT ... SELECT every StagedRowsPerMove rows, because DuckDB runs such an insert on all its
    // threads while an appender compresses and writes on the appending thread alone.
    // With replace, each file starts with the DELETE statements the importer runs to replace what the store
    // held for the file's force and month.
    private long ParseAndConvert(BenchInput input, bool convert, string? appendTo, bool staged = false, bool replace = false)
    {
        DuckDBConnection? connection = null;
        DuckDBTransaction? transaction = null;
        if (appendTo is not null)
        {
            connection = OpenStoreDatabase(appendTo);
            transaction = connection.BeginTransaction();
            if (staged)
            {
                Execute(connection, "CREATE TEMP TABLE staged_crimes AS FROM street_crimes LIMIT 0; CREATE TEMP TABLE staged_asb AS FROM asb_incidents LIMIT 0");
            }
        }

        long rows = 0, touched = 0, rowsStaged = 0;
        var text = new string?[12];
        try
        {
            foreach (var path in Directory.GetFiles(input.Folder, "*.csv").Order(StringComparer.Ordinal))
            {
                var rowsBefore = rows;
                if (replace && connection is not null)
                {
                    DeleteForceMonth(connection, path);
                }

                using (var crimes = staged ? connection?.CreateAppender("temp", "main", "staged_crimes") : connection?.CreateAppender("street_crimes"))
                using (var incidents = staged ? connection?.CreateAppender("temp", "main", "staged_asb") : connection?.CreateAppender("asb_incidents"))
                {
                    ReadFile(path, convert, crimes, incidents, text, ref rows, ref touched);
                }

                rowsStaged += rows - rowsBefore;
                if (staged && connection is not null && rowsStaged >= StagedRowsPerMove)
                {
                    MoveStaged(connection);
                    rowsStaged = 0;
                }
            }

            if (staged && connection is not null)
            {
                MoveStaged(connection);
            }

            transaction?.Commit();
        }
        finally
        {
            transaction?.Dispose();
            connection?.Dispose();
        }

        // The sum of field lengths keeps the parse-only loop from being optimised away; it must be positive.
        return touched > 0 ? rows : -1;
    }

    private static void ReadFile(string path, bool convert, DuckDBAppender? crimes, DuckDBAppender? incidents, string?[] text, ref long rows, ref long touched)
    {
        var force = StreetFileName().Match(Path.GetFileName(path)).Groups["force"].Value;
        using var stream = File.OpenRead(path);
        using var reader = Sep.New(',').Reader(options => options with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).From(stream);
        var columns = new Columns(reader.Header);
        foreach (var row in reader)
        {
            rows++;
            if (!convert)
            {
                for (var column = 0; column < row.ColCount; column++)
                {
                    touched += row[column].Span.Length;
                }

                continue;
            }

            if (row.ColCount != 12 || !ReportMonth.TryParse(row[columns.Month].Span.Trim(), out var month))
            {
                throw new InvalidDataException(
                    $"{path}:{row.LineNumberFrom}: the row has {row.ColCount} columns or an invalid month. The stage timings need clean police.uk street rows, such as the bundled Essex sample's.");
            }

            var crimeType = PoliceUkCrimeTypes.Canonical(row[columns.CrimeType].Span.ToString());
            var longitude = Coordinate(row[columns.Longitude].Span);
            var latitude = Coordinate(row[columns.Latitude].Span);
            var isCrime = crimeType != AntiSocialBehaviour;

            // As in the importer, only stored text becomes a string: an ASB row has no crime id or outcome column.
            foreach (var column in columns.Texts)
            {
                if (isCrime || (column != columns.CrimeId && column != columns.LastOutcome))
                {
                    var span = row[column].Span;
                    text[column] = span.IsEmpty ? null : span.ToString();
                    touched += span.Length;
                }
            }

            if (crimes is null || incidents is null)
            {
                continue;
            }

            var date = month.FirstDay;
            if (!isCrime)
            {
                incidents.CreateRow().AppendValue(force).AppendValue(date)
                    .AppendValue(text[columns.ReportedBy]).AppendValue(text[columns.FallsWithin])
                    .AppendValue(longitude).AppendValue(latitude)
                    .AppendValue(text[columns.Location]).AppendValue(text[columns.LsoaCode]).AppendValue(text[columns.LsoaName])
                    .AppendValue(text[columns.Context]).EndRow();
            }
            else
            {
                crimes.CreateRow().AppendValue(force).AppendValue(date)
                    .AppendValue(text[columns.CrimeId]).AppendValue(text[columns.ReportedBy]).AppendValue(text[columns.FallsWithin])
                    .AppendValue(longitude).AppendValue(latitude)
                    .AppendValue(text[columns.Location]).AppendValue(text[columns.LsoaCode]).AppendValue(text[columns.LsoaName])
                    .AppendValue(crimeType).AppendValue(text[columns.LastOutcome]).AppendValue(text[columns.Context]).EndRow();
            }
        }
    }

    private static void DeleteForceMonth(DuckDBConnection connection, string path)
    {
        var name = Path.GetFileName(path);
        var force = StreetFileName().Match(name).Groups["force"].Value;
        ReportMonth.TryParse(name.AsSpan(0, 7), out var month);
        foreach (var table in new[] { "street_crimes", "asb_incidents" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM {table} WHERE force = $1 AND month = $2";
            command.Parameters.Add(new DuckDBParameter(force));
            command.Parameters.Add(new DuckDBParameter(month.FirstDay));
            command.ExecuteNonQuery();
        }
    }

    private static void MoveStaged(DuckDBConnection connection) => Execute(connection, """
        INSERT INTO street_crimes FROM staged_crimes;
        INSERT INTO asb_incidents FROM staged_asb;
        DELETE FROM staged_crimes;
        DELETE FROM staged_asb
        """);

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long AppendOnly(IReadOnlyList<StreetRow> rowsInMemory, long rowCount, string databasePath)
    {
        using var connection = OpenStoreDatabase(databasePath);
        using var transaction = connection.BeginTransaction();
        using (var crimes = connection.CreateAppender("street_crimes"))
        using (var incidents = connection.CreateAppender("asb_incidents"))
        {
            for (long i = 0; i < rowCount; i++)
            {
                var row = rowsInMemory[(int)(i % rowsInMemory.Count)];
                if (row.CrimeType == AntiSocialBehaviour)
                {
                    incidents.CreateRow().AppendValue(row.Force).AppendValue(row.Month).AppendValue(row.ReportedBy).AppendValue(row.FallsWithin)
                        .AppendValue(row.Longitude).AppendValue(row.Latitude).AppendValue(row.Location).AppendValue(row.LsoaCode).AppendValue(row.LsoaName)
                        .AppendValue(row.Context).EndRow();
                }
                else
                {
                    crimes.CreateRow().AppendValue(row.Force).AppendValue(row.Month).AppendValue(row.CrimeId).AppendValue(row.ReportedBy).AppendValue(row.FallsWithin)
                        .AppendValue(row.Longitude).AppendValue(row.Latitude).AppendValue(row.Location).AppendValue(row.LsoaCode).AppendValue(row.LsoaName)
                        .AppendValue(row.CrimeType).AppendValue(row.LastOutcome).AppendValue(row.Context).EndRow();
                }
            }
        }

        transaction.Commit();
        return rowCount;
    }

    private static long ReadCsvTyped(BenchInput input, string databasePath)
    {
        using var connection = new DuckDBConnection($"Data Source={databasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = ImportMethods.Sql(ImportMethod.ReadCsvTyped, input.Folder);
        command.ExecuteNonQuery();
        command.CommandText = "SELECT count(*) FROM street";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private long ReadCsvIntoStore(BenchInput input, string databasePath)
    {
        using var connection = OpenStoreDatabase(databasePath);
        using (var transaction = connection.BeginTransaction())
        using (var command = connection.CreateCommand())
        {
            var glob = Path.Combine(input.Folder, "*.csv").Replace("'", "''", StringComparison.Ordinal);
            command.CommandText = string.Format(CultureInfo.InvariantCulture, StagingSql, glob);
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        using var count = connection.CreateCommand();
        count.CommandText = "SELECT (SELECT count(*) FROM street_crimes) + (SELECT count(*) FROM asb_incidents)";
        return Convert.ToInt64(count.ExecuteScalar());
    }

    // A new database with the store's schema, opened directly because the store keeps its connection internal.
    private DuckDBConnection OpenStoreDatabase(string databasePath)
    {
        if (databasePath != InMemory)
        {
            ScorecardStore.Open(databasePath).Dispose();
        }

        var connection = new DuckDBConnection($"Data Source={databasePath}");
        connection.Open();
        if (databasePath == InMemory)
        {
            // The store's tables, copied column for column (NOT NULL aside) from a store file made for the purpose.
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                ATTACH '{_schemaSource!.Replace("'", "''", StringComparison.Ordinal)}' AS schema_source (READ_ONLY);
                CREATE TABLE street_crimes AS FROM schema_source.street_crimes LIMIT 0;
                CREATE TABLE asb_incidents AS FROM schema_source.asb_incidents LIMIT 0;
                DETACH schema_source;
                """;
            command.ExecuteNonQuery();
        }

        return connection;
    }

    private static List<StreetRow> ReadRows(BenchInput input)
    {
        var rows = new List<StreetRow>();
        foreach (var path in Directory.GetFiles(input.Folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var force = StreetFileName().Match(Path.GetFileName(path)).Groups["force"].Value;
            using var reader = Sep.New(',').Reader(options => options with { HasHeader = true, Unescape = true }).FromFile(path);
            var columns = new Columns(reader.Header);
            foreach (var row in reader)
            {
                ReportMonth.TryParse(row[columns.Month].Span, out var month);
                rows.Add(new StreetRow(
                    force, month.FirstDay, Text(row[columns.CrimeId]), Text(row[columns.ReportedBy]), Text(row[columns.FallsWithin]),
                    Coordinate(row[columns.Longitude].Span), Coordinate(row[columns.Latitude].Span),
                    Text(row[columns.Location]), Text(row[columns.LsoaCode]), Text(row[columns.LsoaName]),
                    PoliceUkCrimeTypes.Canonical(row[columns.CrimeType].ToString())!, Text(row[columns.LastOutcome]), Text(row[columns.Context])));
            }
        }

        return rows;
    }

    private static string? Text(SepReader.Col column) => column.Span.IsEmpty ? null : column.ToString();

    private static double? Coordinate(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private sealed record StreetRow(
        string Force, DateOnly Month, string? CrimeId, string? ReportedBy, string? FallsWithin, double? Longitude, double? Latitude,
        string? Location, string? LsoaCode, string? LsoaName, string CrimeType, string? LastOutcome, string? Context);

    private sealed class Columns(SepReaderHeader header)
    {
        public int CrimeId { get; } = header.IndexOf("Crime ID");

        public int Month { get; } = header.IndexOf("Month");

        public int ReportedBy { get; } = header.IndexOf("Reported by");

        public int FallsWithin { get; } = header.IndexOf("Falls within");

        public int Longitude { get; } = header.IndexOf("Longitude");

        public int Latitude { get; } = header.IndexOf("Latitude");

        public int Location { get; } = header.IndexOf("Location");

        public int LsoaCode { get; } = header.IndexOf("LSOA code");

        public int LsoaName { get; } = header.IndexOf("LSOA name");

        public int CrimeType { get; } = header.IndexOf("Crime type");

        public int LastOutcome { get; } = header.IndexOf("Last outcome category");

        public int Context { get; } = header.IndexOf("Context");

        /// <summary>Columns stored as text, which the importer turns into strings.</summary>
        public int[] Texts => field ??= [CrimeId, ReportedBy, FallsWithin, Location, LsoaCode, LsoaName, LastOutcome, Context];
    }
}
