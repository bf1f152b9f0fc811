using System.Diagnostics;
using DuckDB.NET.Data;
using Scorecard.Data.Import;
using Scorecard.Data.Import.PoliceUk;
using Scorecard.Data.Store;

namespace Scorecard.Bench;

/// <summary>The ways of loading police.uk files into an on-disk DuckDB database that the benchmark compares.</summary>
internal enum ImportMethod
{
    /// <summary>Scorecard's <see cref="PoliceUkImporter"/>: Sep parsing, checks, and the DuckDB appender.</summary>
    Scorecard,

    /// <summary>DuckDB's <c>read_csv</c> with every column's type given.</summary>
    ReadCsvTyped,

    /// <summary>DuckDB's <c>read_csv</c> detecting the column types itself.</summary>
    ReadCsvGuessed,
}

/// <summary>Rows loaded by one run of a method.</summary>
/// <param name="Rows">Rows stored: crimes plus anti-social behaviour incidents for Scorecard, table rows for read_csv.</param>
/// <param name="BadRows">Rows Scorecard rejected; always 0 for read_csv, which stops at the first bad row instead.</param>
/// <param name="StoringStarted">
/// <see cref="Stopwatch.GetTimestamp"/> when Scorecard had read every file and began storing the rows; null for read_csv.
/// </param>
internal readonly record struct LoadCount(long Rows, long BadRows, long? StoringStarted);

/// <summary>Runs one method into a new database file.</summary>
internal static class ImportMethods
{
    // police.uk street columns as written in the header, with the types the store gives them: only the
    // coordinates are numbers. Month stays text, as in the file, because read_csv has no yyyy-MM date form.
    private const string TypedColumns = """
        {'Crime ID': 'VARCHAR', 'Month': 'VARCHAR', 'Reported by': 'VARCHAR', 'Falls within': 'VARCHAR',
         'Longitude': 'DOUBLE', 'Latitude': 'DOUBLE', 'Location': 'VARCHAR', 'LSOA code': 'VARCHAR',
         'LSOA name': 'VARCHAR', 'Crime type': 'VARCHAR', 'Last outcome category': 'VARCHAR', 'Context': 'VARCHAR'}
        """;

    public static string Label(ImportMethod method) => method switch
    {
        ImportMethod.Scorecard => "Scorecard importer",
        ImportMethod.ReadCsvTyped => "read_csv typed",
        ImportMethod.ReadCsvGuessed => "read_csv guessed",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown import method."),
    };

    /// <summary>Returns the SQL that a read_csv method runs, for the record.</summary>
    public static string Sql(ImportMethod method, string inputFolder) => method switch
    {
        ImportMethod.ReadCsvTyped => $"CREATE TABLE street AS SELECT * FROM read_csv('{Glob(inputFolder)}', header = true, columns = {TypedColumns.ReplaceLineEndings(" ")})",
        ImportMethod.ReadCsvGuessed => $"CREATE TABLE street AS SELECT * FROM read_csv('{Glob(inputFolder)}', header = true)",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Only read_csv methods run SQL."),
    };

    /// <summary>
    /// Loads every CSV file in <paramref name="inputFolder"/> into the new database <paramref name="databasePath"/>.
    /// The database is opened and closed inside the call, so a timing around it includes creating and closing the file.
    /// </summary>
    public static LoadCount Run(ImportMethod method, string inputFolder, string databasePath)
    {
        if (File.Exists(databasePath))
        {
            throw new InvalidOperationException($"'{databasePath}' already exists; every run writes a new database file.");
        }

        if (method == ImportMethod.Scorecard)
        {
            using var store = ScorecardStore.Open(databasePath);
            var storing = new StoringClock();
            var result = new PoliceUkImporter(store).Import([inputFolder], strict: false, storing);
            return new LoadCount(result.Rows + result.AsbRows, result.BadRowCount, storing.Started);
        }

        using (var connection = Open(databasePath))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Sql(method, inputFolder);
            command.ExecuteNonQuery();
        }

        return new LoadCount(-1, 0, null);
    }

    /// <summary>Returns the rows a read_csv run stored, counted after the timed part.</summary>
    public static long CountReadCsvRows(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM street";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>Returns DuckDB's version, such as v1.4.2.</summary>
    public static string DuckDbVersion()
    {
        using var connection = Open(":memory:");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        return Convert.ToString(command.ExecuteScalar()) ?? "unknown";
    }

    private static DuckDBConnection Open(string databasePath)
    {
        var connection = new DuckDBConnection($"Data Source={databasePath}");
        connection.Open();
        return connection;
    }

    private static string Glob(string inputFolder) => Path.Combine(inputFolder, "*.csv").Replace("'", "''", StringComparison.Ordinal);

    // Notes when the importer reports that it has read every file and is storing the rows.
    private sealed class StoringClock : IProgress<ImportProgress>
    {
        public long? Started { get; private set; }

        public void Report(ImportProgress value)
        {
            if (value.Storing)
            {
                Started = Stopwatch.GetTimestamp();
            }
        }
    }
}
