using System.Data;
using System.Data.Common;
using DuckDB.NET.Data;
using Scorecard.Core.Outcomes;
using Scorecard.Core.Time;

namespace Scorecard.Data.Store;

/// <summary>
/// The embedded DuckDB store: one file (or <c>:memory:</c>) holding imported rows, what was loaded
/// when, and the outcome mapping. Opening creates the schema or checks its version.
/// </summary>
public sealed class ScorecardStore : IDisposable
{
    /// <summary>File name used when no path is given.</summary>
    public const string DefaultFileName = "scorecard.duckdb";

    private ScorecardStore(DuckDBConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    /// <summary>Path of the database file, or <c>:memory:</c>.</summary>
    public string Path { get; }

    internal DuckDBConnection Connection { get; }

    /// <summary>Opens or creates the store at <paramref name="path"/>.</summary>
    /// <exception cref="ScorecardDataException">The file cannot be opened or has another schema version.</exception>
    public static ScorecardStore Open(string path)
    {
        DuckDBConnection connection;
        try
        {
            if (path != ":memory:")
            {
                var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
                Directory.CreateDirectory(folder!);
            }

            connection = new DuckDBConnection($"Data Source={path}");
            connection.Open();
        }
        catch (Exception exception) when (exception is DuckDBException or IOException or UnauthorizedAccessException)
        {
            throw new ScorecardDataException($"Could not open the store '{path}': {exception.Message} Check the path, or pass another with --db.", exception);
        }

        var store = new ScorecardStore(connection, path);
        try
        {
            store.EnsureSchema();
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    /// <summary>Opens a store that lives only in memory, for tests and dry runs.</summary>
    public static ScorecardStore OpenInMemory() => Open(":memory:");

    /// <summary>Schema version of the open store.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT max(version) FROM schema_info"));

    private void EnsureSchema()
    {
        Execute(StoreSchema.Create);

        var version = Scalar("SELECT max(version) FROM schema_info");
        if (version is DBNull or null)
        {
            Execute($"INSERT INTO schema_info VALUES ({StoreSchema.Version})");
        }
        else if (Convert.ToInt32(version) != StoreSchema.Version)
        {
            throw new ScorecardDataException(
                $"The store '{Path}' has schema version {version}, but this Scorecard reads version {StoreSchema.Version}. Import the data again into a new file with --db.");
        }

        RefreshOutcomeCategories();
    }

    // The mapping is configuration, not data, so every open rewrites it from the code's table.
    private void RefreshOutcomeCategories()
    {
        using var transaction = Connection.BeginTransaction();
        Execute("DELETE FROM outcome_categories");
        using (var appender = Connection.CreateAppender("outcome_categories"))
        {
            foreach (var outcome in PoliceUkOutcomes.All)
            {
                appender.CreateRow().AppendValue(outcome.Category).AppendValue(outcome.HomeOfficeType).AppendValue(outcome.IsSolved).EndRow();
            }
        }

        transaction.Commit();
    }

    /// <summary>Opens another connection to the same database, for work on a thread of its own; the caller disposes it.</summary>
    // A second DuckDBConnection with the same file path shares the database that this process already
    // has open, but one to ":memory:" would create a new, empty database, so in-memory stores duplicate.
    internal DuckDBConnection OpenConnection()
    {
        var connection = Path == ":memory:" ? Connection.Duplicate() : new DuckDBConnection(Connection.ConnectionString);
        connection.Open();
        return connection;
    }

    internal void Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    internal object? Scalar(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar();
    }

    internal List<T> Query<T>(string sql, Func<DbDataReader, T> read, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    internal DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter ?? DBNull.Value));
        }

        return command;
    }

    internal static DateOnly ToDate(ReportMonth month) => month.FirstDay;

    internal static ReportMonth ToMonth(object value) => value switch
    {
        DateOnly date => ReportMonth.Of(date),
        DateTime dateTime => new ReportMonth(dateTime.Year, dateTime.Month),
        _ => throw new InvalidCastException($"Expected a DATE, got {value.GetType().Name}."),
    };

    /// <inheritdoc />
    public void Dispose()
    {
        if (Connection.State == ConnectionState.Open)
        {
            Connection.Close();
        }

        Connection.Dispose();
    }
}
