using Scorecard.Data.Store;

namespace Scorecard.Data.Tests;

/// <summary>Plain SQL counts over the store, so tests check rows without going through the code under test.</summary>
internal static class StoreCounts
{
    public static long Count(ScorecardStore store, string table, string? where = null) =>
        Convert.ToInt64(store.Scalar($"SELECT count(*) FROM {table}" + (where is null ? "" : $" WHERE {where}")));
}
