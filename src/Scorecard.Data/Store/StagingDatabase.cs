using DuckDB.NET.Data;

namespace Scorecard.Data.Store;

/// <summary>
/// An in-memory DuckDB database attached to the store, where an import collects its rows before
/// moving them into the store in one transaction. Worker threads append to it on connections of
/// their own, so the appenders' per-value work runs on every core. The move is one
/// <c>INSERT ... SELECT</c> per table, which DuckDB compresses and writes on every core too.
/// </summary>
/// <remarks>
/// A transaction reads only data committed before it began, so every append must finish and
/// commit before the store's transaction starts. Rows held here count against DuckDB's memory
/// limit, and past it DuckDB can move them to its temporary folder. Disposing detaches the database
/// and frees the rows.
/// </remarks>
internal sealed class StagingDatabase : IDisposable
{
    private readonly ScorecardStore _store;

    private bool _detached;

    private StagingDatabase(ScorecardStore store, string name)
    {
        _store = store;
        Name = name;
    }

    /// <summary>Catalog name of the attached database; unique, so imports into two stores of one process never meet.</summary>
    public string Name { get; }

    /// <summary>
    /// Attaches a new in-memory database and creates in it an empty copy of each store table in
    /// <paramref name="storeTables"/>, with the same columns and types.
    /// </summary>
    public static StagingDatabase Attach(ScorecardStore store, params string[] storeTables)
    {
        var staging = new StagingDatabase(store, $"staging_{Guid.NewGuid():N}");
        store.Execute($"ATTACH ':memory:' AS {staging.Name}");
        try
        {
            foreach (var table in storeTables)
            {
                store.Execute($"CREATE TABLE {staging.Table(table)} AS SELECT * FROM {table} LIMIT 0");
            }
        }
        catch
        {
            staging.Dispose();
            throw;
        }

        return staging;
    }

    /// <summary>Returns the qualified name of the staging copy of <paramref name="table"/>.</summary>
    public string Table(string table) => $"{Name}.main.{table}";

    /// <summary>Runs <paramref name="sql"/> on the store's connection, outside any transaction.</summary>
    public void Execute(string sql, params object?[] parameters) => _store.Execute(sql, parameters);

    /// <summary>Opens a connection for one worker thread; the caller disposes it.</summary>
    public DuckDBConnection OpenWorkerConnection() => _store.OpenConnection();

    /// <summary>Creates an appender that writes to the staging copy of <paramref name="table"/> on <paramref name="connection"/>.</summary>
    public DuckDBAppender CreateAppender(DuckDBConnection connection, string table) => connection.CreateAppender(Name, "main", table);

    /// <summary>Detaches the database, dropping every staged row.</summary>
    public void Dispose()
    {
        if (_detached)
        {
            return;
        }

        _detached = true;
        _store.Execute($"DETACH {Name}");
    }
}
