using Scorecard.Core.Scorecards;
using Scorecard.Core.Time;
using Scorecard.Data.Import.PoliceUk;

namespace Scorecard.Data.Store;

/// <summary>What the store holds for one force and kind of file.</summary>
/// <param name="Force">Force identifier.</param>
/// <param name="ForceName">Force name as police.uk writes it in "Falls within", when known.</param>
/// <param name="Kind">Street or outcomes.</param>
/// <param name="Months">Months loaded, in order.</param>
/// <param name="Rows">Crime or outcome rows.</param>
/// <param name="AsbRows">Anti-social behaviour rows.</param>
/// <param name="BadRows">Rows skipped as bad when the months were imported.</param>
/// <param name="UnmappedOutcomes">Outcome categories found that Scorecard does not map to a Home Office type.</param>
public sealed record LoadedSource(
    string Force,
    string? ForceName,
    PoliceUkFileKind Kind,
    IReadOnlyList<ReportMonth> Months,
    long Rows,
    long AsbRows,
    long BadRows,
    IReadOnlyList<string> UnmappedOutcomes)
{
    /// <summary>Months between the first and the last loaded that are not loaded.</summary>
    public IReadOnlyList<ReportMonth> MissingMonths =>
        Months.Count == 0 ? [] : Window.Between(Months[0], Months[^1]).Months.Except(Months).ToList();

    /// <summary>Returns the coverage line a report shows for this source.</summary>
    public DataCoverage ToCoverage() => new(
        Kind == PoliceUkFileKind.Street ? "police.uk street-level crimes and anti-social behaviour" : "police.uk outcomes",
        Force,
        Months.Count == 0 ? null : Months[0],
        Months.Count == 0 ? null : Months[^1],
        MissingMonths,
        Rows + AsbRows);
}

/// <summary>Summaries of what is loaded, for <c>scorecard info</c> and report coverage notes.</summary>
public static class StoreInfo
{
    /// <summary>Returns one entry per force and kind of file, ordered by force.</summary>
    public static IReadOnlyList<LoadedSource> Sources(ScorecardStore store)
    {
        var months = store.Query(
            """
            SELECT loaded.force, forces.name, loaded.kind, loaded.month, loaded.rows, loaded.asb_rows, loaded.bad_rows
            FROM loaded_months AS loaded LEFT JOIN forces USING (force)
            ORDER BY loaded.force, loaded.kind, loaded.month
            """,
            reader => (
                Force: reader.GetString(0),
                Name: reader.IsDBNull(1) ? null : reader.GetString(1),
                Kind: reader.GetString(2) == "street" ? PoliceUkFileKind.Street : PoliceUkFileKind.Outcomes,
                Month: ScorecardStore.ToMonth(reader.GetValue(3)),
                Rows: reader.GetInt64(4),
                Asb: reader.GetInt64(5),
                Bad: reader.GetInt64(6)));

        var unmapped = store.Query(
            """
            SELECT force, outcome FROM (
                SELECT force, last_outcome AS outcome FROM street_crimes WHERE last_outcome IS NOT NULL
                UNION SELECT force, outcome_type FROM crime_outcomes)
            WHERE outcome NOT IN (SELECT category FROM outcome_categories)
            GROUP BY ALL ORDER BY ALL
            """,
            reader => (Force: reader.GetString(0), Outcome: reader.GetString(1)));

        return months
            .GroupBy(row => (row.Force, row.Kind))
            .Select(group => new LoadedSource(
                group.Key.Force,
                group.First().Name,
                group.Key.Kind,
                group.Select(row => row.Month).ToList(),
                group.Sum(row => row.Rows),
                group.Sum(row => row.Asb),
                group.Sum(row => row.Bad),
                unmapped.Where(row => row.Force == group.Key.Force).Select(row => row.Outcome).Distinct().ToList()))
            .ToList();
    }
}
