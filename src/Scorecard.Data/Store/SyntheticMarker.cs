namespace Scorecard.Data.Store;

/// <summary>
/// The monthly return that <c>scorecard generate</c> writes into every synthetic extract, so that a
/// report made from invented data is labelled as synthetic wherever its figures go.
/// </summary>
public static class SyntheticMarker
{
    /// <summary>Returns measure id of the marker; no plan reads it.</summary>
    public const string ReturnsId = "synthetic-extract";

    /// <summary>Whether any returns of <paramref name="force"/> carry the marker.</summary>
    public static bool IsSynthetic(ScorecardStore store, string force) =>
        Convert.ToInt64(store.Scalar("SELECT count(*) FROM monthly_returns WHERE force = $1 AND measure_id = $2", force, ReturnsId)) > 0;
}
