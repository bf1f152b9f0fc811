using Scorecard.Data;
using Scorecard.Data.Store;

namespace Scorecard.Cli.Commands.Import;

/// <summary>Opens the store for an import, and removes it again when the import created it and then failed.</summary>
internal static class ImportStore
{
    /// <summary>
    /// Runs <paramref name="import"/> on the store at <paramref name="database"/>. When the import throws a
    /// <see cref="ScorecardDataException"/> and the file did not exist before, the new, empty file is deleted,
    /// so a mistyped path leaves no store behind. An existing store is never deleted.
    /// </summary>
    public static int Run(string database, Func<ScorecardStore, int> import)
    {
        var existed = database == ":memory:" || File.Exists(database);
        try
        {
            using var store = ScorecardStore.Open(database);
            return import(store);
        }
        catch (ScorecardDataException) when (!existed)
        {
            // The store is closed by now, because the using block ends before this handler runs.
            foreach (var file in new[] { database, database + ".wal" }.Where(File.Exists))
            {
                File.Delete(file);
            }

            throw;
        }
    }
}
