using Scorecard.Core.Scorecards;
using Scorecard.Core.Time;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Measures;

namespace Scorecard.Data.Store;

/// <summary>
/// Names of the kinds of source recorded in <c>loaded_months</c>: police.uk street and outcomes
/// files, a force's offence, call and survey extracts, and monthly returns, one kind per measure id
/// (<c>returns:ocg-disruptions</c>).
/// </summary>
public static class SourceKinds
{
    /// <summary>police.uk street-level files.</summary>
    public const string Street = "street";

    /// <summary>police.uk outcomes files.</summary>
    public const string Outcomes = "outcomes";

    /// <summary>A force's offence records.</summary>
    public const string Offences = "offences";

    /// <summary>A force's call records.</summary>
    public const string Calls = "calls";

    /// <summary>A force's survey responses.</summary>
    public const string Survey = "survey";

    private const string ReturnsPrefix = "returns:";

    /// <summary>Returns the kind of the monthly returns with measure id <paramref name="measureId"/>.</summary>
    public static string Returns(string measureId) => ReturnsPrefix + measureId;

    /// <summary>Returns the measure id of a returns kind, or null for another kind.</summary>
    public static string? ReturnsId(string kind) => kind.StartsWith(ReturnsPrefix, StringComparison.Ordinal) ? kind[ReturnsPrefix.Length..] : null;

    /// <summary>Returns the source's name in a report's coverage table, such as "Force offence records".</summary>
    public static string Describe(string kind) => kind switch
    {
        Street => "police.uk street-level crimes and anti-social behaviour",
        Outcomes => "police.uk outcomes",
        Offences => "Force offence records",
        Calls => "Force call records",
        Survey => "Force survey responses",
        _ when ReturnsId(kind) is { } id => $"Monthly returns '{id}'",
        _ => kind,
    };
}

/// <summary>What the store holds for one force and kind of source.</summary>
/// <param name="Force">Force identifier.</param>
/// <param name="ForceName">Force name as police.uk writes it in "Falls within", when known.</param>
/// <param name="Kind">Kind of source, one of the <see cref="SourceKinds"/> names, such as <c>street</c> or <c>returns:dvpo</c>.</param>
/// <param name="Months">Months loaded, in order.</param>
/// <param name="Rows">Crime, outcome, offence, call or returns rows, or survey responses.</param>
/// <param name="AsbRows">Anti-social behaviour rows (police.uk street files only).</param>
/// <param name="BadRows">Rows found bad when the months were imported; bad rows are left out of measures, except offences whose outcome is dated before them, which count as offences.</param>
/// <param name="UnmappedOutcomes">Outcome categories found that Scorecard does not map to a Home Office type.</param>
public sealed record LoadedSource(
    string Force,
    string? ForceName,
    string Kind,
    IReadOnlyList<ReportMonth> Months,
    long Rows,
    long AsbRows,
    long BadRows,
    IReadOnlyList<string> UnmappedOutcomes)
{
    /// <summary>Months between the first and the last loaded that are not loaded.</summary>
    public IReadOnlyList<ReportMonth> MissingMonths =>
        Months.Count == 0 ? [] : Window.Between(Months[0], Months[^1]).Months.Except(Months).ToList();

    /// <summary>Returns the coverage line a report shows for this source, with its bad row count.</summary>
    public DataCoverage ToCoverage() => new(
        SourceKinds.Describe(Kind),
        Force,
        Months.Count == 0 ? null : Months[0],
        Months.Count == 0 ? null : Months[^1],
        MissingMonths,
        Rows + AsbRows)
    {
        BadRows = BadRows,
    };
}

/// <summary>Summaries of what is loaded, for <c>scorecard info</c> and report coverage notes.</summary>
public static class StoreInfo
{
    /// <summary>Returns one entry per force and kind of source, ordered by force and kind.</summary>
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
                Kind: reader.GetString(2),
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

    /// <summary>
    /// Returns the areas that the rows of one kind of source name for a force, ordered without regard
    /// to case, each once in the spelling that sorts first. For police.uk street files an area is
    /// the local authority district in the LSOA name of a crime or anti-social behaviour row
    /// ("Camden 024C" is in Camden); for extracts and monthly returns it is the <c>area</c> column.
    /// police.uk outcomes files give no areas of their own, because a solved crime counts in the area
    /// of its street row.
    /// </summary>
    /// <param name="store">Store to read.</param>
    /// <param name="force">Force identifier.</param>
    /// <param name="kind">Kind of source, one of the <see cref="SourceKinds"/> names.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a kind of source.</exception>
    public static IReadOnlyList<string> Areas(ScorecardStore store, string force, string kind)
    {
        var rows = kind switch
        {
            SourceKinds.Street => $"{AreaSql.PoliceUkAreas("street_crimes")} UNION ALL {AreaSql.PoliceUkAreas("asb_incidents")}",
            SourceKinds.Outcomes => null,
            SourceKinds.Offences => "SELECT area FROM offences WHERE force = $1",
            SourceKinds.Calls => "SELECT area FROM calls WHERE force = $1",
            SourceKinds.Survey => "SELECT area FROM survey_answers WHERE force = $1",
            _ when SourceKinds.ReturnsId(kind) is not null => "SELECT area FROM monthly_returns WHERE force = $1 AND measure_id = $2",
            _ => throw new ArgumentException(
                $"'{kind}' is not a kind of source. Use {SourceKinds.Street}, {SourceKinds.Outcomes}, {SourceKinds.Offences}, {SourceKinds.Calls}, {SourceKinds.Survey} or returns:<measure id>.",
                nameof(kind)),
        };
        if (rows is null)
        {
            return [];
        }

        object?[] parameters = SourceKinds.ReturnsId(kind) is { } id ? [force, id] : [force];
        return DistinctAreas(store, rows, parameters);
    }

    /// <summary>
    /// Returns the areas named for a force by any kind of source, and by its population rows other
    /// than the whole-force row (<see cref="PopulationAreas.WholeForce"/>), ordered as <see cref="Areas(ScorecardStore, string, string)"/> orders them.
    /// </summary>
    public static IReadOnlyList<string> Areas(ScorecardStore store, string force)
    {
        var rows = $"""
            {AreaSql.PoliceUkAreas("street_crimes")}
            UNION ALL {AreaSql.PoliceUkAreas("asb_incidents")}
            UNION ALL SELECT area FROM offences WHERE force = $1
            UNION ALL SELECT area FROM calls WHERE force = $1
            UNION ALL SELECT area FROM survey_answers WHERE force = $1
            UNION ALL SELECT area FROM monthly_returns WHERE force = $1
            UNION ALL SELECT area FROM population WHERE force = $1 AND area <> '{PopulationAreas.WholeForce}'
            """;
        return DistinctAreas(store, rows, [force]);
    }

    // Areas that differ only in case are one area, so each is listed once. Rows in no area give a
    // NULL group, which is dropped here rather than in SQL (see AreaSql.PoliceUkAreas).
    private static List<string> DistinctAreas(ScorecardStore store, string rows, object?[] parameters) =>
        store
            .Query($"SELECT min(area) FROM ({rows}) GROUP BY lower(area) ORDER BY lower(area)", reader => reader.IsDBNull(0) ? null : reader.GetString(0), parameters)
            .OfType<string>()
            .ToList();
}
