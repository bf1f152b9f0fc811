using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Import.PoliceUk;
using Scorecard.Data.Store;

namespace Scorecard.Data.Measures;

/// <summary>
/// Evaluates measures as SQL over the store for one force, month by month. Series are cached,
/// so a measure used by several indicators is queried once.
/// </summary>
public sealed class StoreSeriesSource : IMeasureSeriesSource
{
    private readonly ScorecardStore _store;
    private readonly Dictionary<MeasureDefinition, MonthlySeries> _cache = [];
    private IReadOnlySet<ReportMonth>? _streetMonths;

    /// <summary>Creates a source for <paramref name="force"/>.</summary>
    public StoreSeriesSource(ScorecardStore store, string force)
    {
        _store = store;
        Force = force;
    }

    /// <summary>Force identifier, such as <c>city-of-london</c>.</summary>
    public string Force { get; }

    /// <inheritdoc />
    public MonthlySeries Series(MeasureDefinition measure)
    {
        if (_cache.TryGetValue(measure, out var cached))
        {
            return cached;
        }

        var series = measure switch
        {
            CrimeCountMeasure crimes => Query(CrimeCountSql(crimes, out var parameters), parameters),
            AsbCountMeasure => Query("SELECT month, count(*) FROM asb_incidents WHERE force = $1 GROUP BY month", [Force]),
            SolvedCountMeasure solved => Query(SolvedCountSql(solved, out var parameters), parameters),
            _ => throw new ArgumentException($"The measure '{measure.Describe()}' cannot be counted from police.uk data.", nameof(measure)),
        };

        _cache[measure] = series;
        return series;
    }

    /// <summary>Months for which a street-level file of the force was imported.</summary>
    public IReadOnlySet<ReportMonth> StreetMonths => _streetMonths ??= _store
        .Query("SELECT month FROM loaded_months WHERE force = $1 AND kind = $2", reader => ScorecardStore.ToMonth(reader.GetValue(0)), Force, PoliceUkImporter.KindName(PoliceUkFileKind.Street))
        .ToHashSet();

    private string CrimeCountSql(CrimeCountMeasure measure, out object?[] parameters)
    {
        var filters = new List<object?> { Force };
        var sql = "SELECT month, count(*) FROM street_crimes WHERE force = $1"
            + InList("crime_type", measure.CrimeTypes, filters)
            + InList("last_outcome", measure.Outcomes, filters)
            + " GROUP BY month";
        parameters = [.. filters];
        return sql;
    }

    // A crime's outcome is the latest one in the outcomes files when there is one, otherwise the
    // street file's last outcome category. Solved crimes count in the month of that outcome; a
    // street-file outcome has no date, so the crime's own month stands in for it.
    private string SolvedCountSql(SolvedCountMeasure measure, out object?[] parameters)
    {
        var filters = new List<object?> { Force };
        var sql = """
            WITH latest AS (
                SELECT crime_id, arg_max(outcome_type, month) AS outcome, max(month) AS outcome_month
                FROM crime_outcomes
                WHERE force = $1
                GROUP BY crime_id)
            SELECT coalesce(latest.outcome_month, crime.month) AS month, count(*)
            FROM street_crimes AS crime
            LEFT JOIN latest ON crime.crime_id IS NOT NULL AND latest.crime_id = crime.crime_id
            JOIN outcome_categories AS category ON category.category = coalesce(latest.outcome, crime.last_outcome)
            WHERE crime.force = $1 AND category.solved
            """
            + InList("crime.crime_type", measure.CrimeTypes, filters)
            + " GROUP BY 1";
        parameters = [.. filters];
        return sql;
    }

    private static string InList(string column, IReadOnlyList<string> values, List<object?> parameters)
    {
        if (values.Count == 0)
        {
            return "";
        }

        var placeholders = new List<string>();
        foreach (var value in values)
        {
            parameters.Add(value);
            placeholders.Add($"${parameters.Count}");
        }

        return $" AND {column} IN ({string.Join(", ", placeholders)})";
    }

    private MonthlySeries Query(string sql, object?[] parameters)
    {
        var values = _store
            .Query(sql, reader => (Month: ScorecardStore.ToMonth(reader.GetValue(0)), Count: Convert.ToDouble(reader.GetValue(1))), parameters)
            .ToDictionary(row => row.Month, row => Components.Count(row.Count));
        return new MonthlySeries(values, StreetMonths);
    }
}
