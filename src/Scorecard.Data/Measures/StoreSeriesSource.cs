using System.Data.Common;
using System.Numerics;
using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Measures;

/// <summary>
/// Evaluates measures as SQL over the store for one force, month by month, from police.uk files,
/// the force's own extracts or its monthly returns. A measure with a <see cref="MeasureDefinition.ReturnsId"/>
/// takes its components from the returns with that id whenever any are loaded, and its covered months
/// are then the returns' months. Series are cached, so a measure used by several indicators is queried once.
/// </summary>
public sealed class StoreSeriesSource : IMeasureSeriesSource
{
    private readonly ScorecardStore _store;
    private readonly OffenceWindowMeasures _windowMeasures;
    private readonly Dictionary<MeasureDefinition, MonthlySeries> _cache = [];
    private readonly Dictionary<string, IReadOnlySet<ReportMonth>> _monthsByKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MonthlySeries> _returnsById = new(StringComparer.Ordinal);

    /// <summary>Creates a source for <paramref name="force"/>.</summary>
    public StoreSeriesSource(ScorecardStore store, string force)
    {
        _store = store;
        Force = force;
        _windowMeasures = new OffenceWindowMeasures(store, force);
    }

    /// <summary>Force identifier, such as <c>city-of-london</c>.</summary>
    public string Force { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The measure is a ratio or difference, or is evaluated over whole windows only (repeat victims, severity scores) and has no returns loaded.</exception>
    public MonthlySeries Series(MeasureDefinition measure)
    {
        if (_cache.TryGetValue(measure, out var cached))
        {
            return cached;
        }

        var series = ReturnsFor(measure) ?? measure switch
        {
            CrimeCountMeasure crimes => Query(PoliceUkSeriesSql.CrimeCount(crimes, Force, out var parameters), parameters, SourceKinds.Street),
            AsbCountMeasure => Query(PoliceUkSeriesSql.AsbCount, [Force], SourceKinds.Street),
            SolvedCountMeasure solved => Query(PoliceUkSeriesSql.SolvedCount(solved, Force, out var parameters), parameters, SourceKinds.Street),
            ReturnsMeasure returns => AllReturns(returns.Id),
            RepeatVictimMeasure or SeverityScoreMeasure => throw new ArgumentException(
                $"The measure '{measure.Describe()}' has a value only over a whole window; evaluate it with EvaluateWindow.", nameof(measure)),
            _ when ExtractSeriesSql.For(measure, Force) is { } statement => Query(statement.Sql, statement.Parameters, statement.Kind),
            _ => throw new ArgumentException($"The measure '{measure.Describe()}' cannot be counted from the store.", nameof(measure)),
        };

        _cache[measure] = series;
        return series;
    }

    /// <inheritdoc />
    /// <remarks>A measure whose returns are loaded gets null, so its window is summed from the returns.</remarks>
    public WindowValue? EvaluateWindow(MeasureDefinition measure, Window window)
    {
        if (ReturnsFor(measure) is not null)
        {
            return null;
        }

        return measure switch
        {
            RepeatVictimMeasure repeat => MissingMonths(SourceKinds.Offences, window) ?? _windowMeasures.RepeatVictims(repeat, window),
            SeverityScoreMeasure score => MissingMonths(SourceKinds.Offences, window) ?? _windowMeasures.SeverityScore(score, window),
            _ => null,
        };
    }

    /// <summary>Months for which a street-level file of the force was imported.</summary>
    public IReadOnlySet<ReportMonth> StreetMonths => MonthsLoaded(SourceKinds.Street);

    /// <summary>Returns the months loaded for the force from one kind of source, such as <c>offences</c>.</summary>
    public IReadOnlySet<ReportMonth> MonthsLoaded(string kind)
    {
        if (!_monthsByKind.TryGetValue(kind, out var months))
        {
            months = _store
                .Query("SELECT month FROM loaded_months WHERE force = $1 AND kind = $2", reader => ScorecardStore.ToMonth(reader.GetValue(0)), Force, kind)
                .ToHashSet();
            _monthsByKind[kind] = months;
        }

        return months;
    }

    /// <inheritdoc />
    /// <remarks>The returns cover only the months they have rows for: a month without one is missing, never zero.</remarks>
    public MonthlySeries? ReturnsSeries(string returnsId)
    {
        var returns = AllReturns(returnsId);
        return returns.CoveredMonths.Count > 0 ? returns : null;
    }

    // The returns named by the measure's ReturnsId, when any rows with that id are loaded.
    private MonthlySeries? ReturnsFor(MeasureDefinition measure) => measure.ReturnsId is { } id ? ReturnsSeries(id) : null;

    private MonthlySeries AllReturns(string id)
    {
        var measureId = id.Trim().ToLowerInvariant();
        if (!_returnsById.TryGetValue(measureId, out var series))
        {
            var values = ReadComponents(ExtractSeriesSql.Returns, [Force, measureId]);
            series = new MonthlySeries(values, values.Keys.ToHashSet());
            _returnsById[measureId] = series;
        }

        return series;
    }

    private WindowValue? MissingMonths(string kind, Window window)
    {
        var loaded = MonthsLoaded(kind);
        var missing = window.Months.Where(month => !loaded.Contains(month)).ToList();
        return missing.Count > 0 ? WindowValue.Missing(window, missing) : null;
    }

    private MonthlySeries Query(string sql, object?[] parameters, string kind) =>
        new(ReadComponents(sql, parameters), MonthsLoaded(kind));

    // Reads rows of (month, numerator[, denominator[, squared weights]]).
    private Dictionary<ReportMonth, Components> ReadComponents(string sql, object?[] parameters) =>
        _store
            .Query(sql, reader => (Month: ScorecardStore.ToMonth(reader.GetValue(0)), Components: new Components(
                Number(reader, 1), Number(reader, 2), Number(reader, 3))), parameters)
            .ToDictionary(row => row.Month, row => row.Components);

    private static double Number(DbDataReader reader, int column) =>
        column >= reader.FieldCount || reader.IsDBNull(column) ? 0 : ToDouble(reader.GetValue(column));

    /// <summary>Converts a numeric SQL value to a double, including DuckDB's HUGEINT, which sums of BIGINT give.</summary>
    internal static double ToDouble(object value) => value is BigInteger big ? (double)big : Convert.ToDouble(value);
}
