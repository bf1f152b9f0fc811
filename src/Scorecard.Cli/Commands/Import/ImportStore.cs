using Scorecard.Data;
using Scorecard.Data.Store;

namespace Scorecard.Cli.Commands.Import;

/// <summary>Opens the store for an import, and removes it again when the import created it and then failed.</summary>
internal static class ImportStore
{
    /// <summary>
    /// Runs <paramref name="import"/> on the store at <paramref name="database"/> and returns its exit code.
    /// When the file did not exist before and the import stored nothing, because it threw a
    /// <see cref="ScorecardDataException"/> or returned <see cref="ScorecardCli.Problems"/> for a strict
    /// import with bad rows, the new, empty file is deleted. So a mistyped path leaves no store behind.
    /// An existing store is never deleted.
    /// </summary>
    public static int Run(string database, Func<ScorecardStore, int> import)
    {
        var existed = database == ":memory:" || File.Exists(database);
        int exitCode;
        try
        {
            using var store = ScorecardStore.Open(database);
            exitCode = import(store);
        }
        catch (ScorecardDataException) when (!existed)
        {
            // The store is closed by now, because the using block ends before this handler runs.
            DeleteStore(database);
            throw;
        }

        if (!existed && exitCode == ScorecardCli.Problems)
        {
            DeleteStore(database);
        }

        return exitCode;
    }

    private static void DeleteStore(string database)
    {
        foreach (var file in new[] { database, database + ".wal" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
