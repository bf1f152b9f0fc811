using System.Data.Common;
using System.Numerics;
using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Measures;

/// <summary>
/// Evaluates measures as SQL over the store for one force, or for one of its areas, month by month,
/// from police.uk files, the force's own extracts or its monthly returns. A measure with a
/// <see cref="MeasureDefinition.ReturnsId"/> takes its components from the returns with that id
/// whenever any are loaded, and its covered months are then the returns' months. Series are cached,
/// so a measure used by several indicators is queried once.
/// </summary>
/// <remarks>
/// An area is a local authority district for police.uk rows (from the LSOA name) and the
/// <c>area</c> column for extracts and returns; rows with no area count only in the force's total.
/// The months covered for an area are the force's, so an area with no rows in a loaded month has
/// zero there, not a gap.
/// </remarks>
public sealed class StoreSeriesSource : IMeasureSeriesSource
{
    private readonly ScorecardStore _store;
    private readonly OffenceWindowMeasures _windowMeasures;
    private readonly Dictionary<MeasureDefinition, MonthlySeries> _cache = [];
    private readonly Dictionary<string, IReadOnlySet<ReportMonth>> _monthsByKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MonthlySeries> _returnsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _returnsLoaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _areasByKind = new(StringComparer.Ordinal);

    /// <summary>Creates a source for <paramref name="force"/>, or for one of its areas.</summary>
    /// <param name="store">Store to query.</param>
    /// <param name="force">Force identifier, such as <c>city-of-london</c>.</param>
    /// <param name="area">Area whose rows alone count, matched without regard to case, or null for the whole force.</param>
    /// <exception cref="ScorecardDataException">No source or population row of the force names <paramref name="area"/>.</exception>
    public StoreSeriesSource(ScorecardStore store, string force, string? area = null)
    {
        _store = store;
        Force = force;
        Area = area is null ? null : KnownArea(area);
        _windowMeasures = new OffenceWindowMeasures(store, force, Area);
    }

    /// <summary>Force identifier, such as <c>city-of-london</c>.</summary>
    public string Force { get; }

    /// <summary>Area whose rows alone count, spelt as the store spells it, or null for the whole force.</summary>
    public string? Area { get; }

    /// <summary>Creates a source for one area of the same force.</summary>
    /// <exception cref="ScorecardDataException">No source or population row of the force names <paramref name="area"/>.</exception>
    public StoreSeriesSource ForArea(string area) => new(_store, Force, area);

    /// <summary>
    /// Returns the areas named in the sources that <paramref name="measure"/> draws from (for a ratio
    /// or difference, in those of either part), ordered without regard to case.
    /// </summary>
    public IReadOnlyList<string> Areas(MeasureDefinition measure) =>
        SourceKindsOf(measure)
            .SelectMany(AreasOfKind)
            .DistinctBy(area => area.ToLowerInvariant())
            .OrderBy(area => area.ToLowerInvariant(), StringComparer.Ordinal)
            .ToList();

    /// <inheritdoc />
    /// <exception cref="ArgumentException">
    /// The measure is a ratio or difference, or is evaluated over whole windows only (repeat victims,
    /// severity scores) and has no returns loaded, or it has no value for this source's area.
    /// </exception>
    public MonthlySeries Series(MeasureDefinition measure)
    {
        if (_cache.TryGetValue(measure, out var cached))
        {
            return cached;
        }

        if (NoAreaValueReason(measure) is { } reason)
        {
            throw new ArgumentException($"The measure '{measure.Describe()}' has no series for this area: {reason}.", nameof(measure));
        }

        var series = ReturnsFor(measure) ?? measure switch
        {
            CrimeCountMeasure crimes => Query(PoliceUkSeriesSql.CrimeCount(crimes, Force, Area, out var parameters), parameters, SourceKinds.Street),
            AsbCountMeasure => Query(PoliceUkSeriesSql.AsbCount(Force, Area, out var parameters), parameters, SourceKinds.Street),
            SolvedCountMeasure solved => Query(PoliceUkSeriesSql.SolvedCount(solved, Force, Area, out var parameters), parameters, SourceKinds.Street),
            ReturnsMeasure returns => AllReturns(returns.Id),
            RepeatVictimMeasure or SeverityScoreMeasure => throw new ArgumentException(
                $"The measure '{measure.Describe()}' has a value only over a whole window; evaluate it with EvaluateWindow.", nameof(measure)),
            _ when ExtractSeriesSql.For(measure, Force, Area) is { } statement => Query(statement.Sql, statement.Parameters, statement.Kind),
            _ => throw new ArgumentException($"The measure '{measure.Describe()}' cannot be counted from the store.", nameof(measure)),
        };

        _cache[measure] = series;
        return series;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A measure whose returns are loaded gets null, so its window is summed from the returns. For an
    /// area, a measure that has no value there is not available, with the reason.
    /// </remarks>
    public WindowValue? EvaluateWindow(MeasureDefinition measure, Window window)
    {
        if (NoAreaValueReason(measure) is { } reason)
        {
            return WindowValue.Unavailable(window, default, reason);
        }

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
    /// <remarks>
    /// The returns cover only the months they have rows for: a month without one is missing, never
    /// zero. For an area they cover the months that have rows by area, and null is returned when the
    /// returns have no rows by area at all.
    /// </remarks>
    public MonthlySeries? ReturnsSeries(string returnsId)
    {
        var returns = AllReturns(returnsId);
        return returns.CoveredMonths.Count > 0 ? returns : null;
    }

    // The returns named by the measure's ReturnsId, when rows with that id are loaded (rows by area, for an area).
    private MonthlySeries? ReturnsFor(MeasureDefinition measure) => measure.ReturnsId is { } id ? ReturnsSeries(id) : null;

    private MonthlySeries AllReturns(string id)
    {
        var measureId = NormaliseReturnsId(id);
        if (!_returnsById.TryGetValue(measureId, out var series))
        {
            if (Area is null)
            {
                var values = ReadComponents(ExtractSeriesSql.Returns, [Force, measureId]);
                series = new MonthlySeries(values, values.Keys.ToHashSet());
            }
            else
            {
                var values = ReadComponents(ExtractSeriesSql.ReturnsForArea, [Force, measureId, Area]);
                var months = _store.Query(ExtractSeriesSql.ReturnsAreaMonths, reader => ScorecardStore.ToMonth(reader.GetValue(0)), Force, measureId);
                series = new MonthlySeries(values, months.ToHashSet());
            }

            _returnsById[measureId] = series;
        }

        return series;
    }

    private static string NormaliseReturnsId(string id) => id.Trim().ToLowerInvariant();

    /// <summary>
    /// Returns why <paramref name="measure"/> has no value for this source's area, or null when it
    /// has one or the source is the whole force's. A ratio or difference is asked about as a whole
    /// only for its own returns; its parts are asked when they are evaluated.
    /// </summary>
    private string? NoAreaValueReason(MeasureDefinition measure)
    {
        if (Area is null)
        {
            return null;
        }

        var returnsId = measure switch
        {
            ReturnsMeasure returns => returns.Id,
            _ => measure.ReturnsId,
        };
        if (returnsId is not null && WholeForceOnly(returnsId))
        {
            return $"monthly returns '{NormaliseReturnsId(returnsId)}' give figures for the whole force only, with no rows by area";
        }

        switch (measure)
        {
            case SeverityScoreMeasure { Area: { } scoreArea } when !SameArea(scoreArea, Area):
                return $"the measure is the crime severity score of {scoreArea.Trim()} only, so it has no value for {Area}";
            case SurveyProportionMeasure { Group.Area: { } groupArea } when !SameArea(groupArea, Area):
                return $"the measure counts survey respondents in {groupArea.Trim()} only, so it has no value for {Area}";
            case RatioMeasure or DifferenceMeasure:
                return null;
        }

        // An area that the measure's own data never names would count zero in every month, which
        // would read as no crime rather than as no data.
        var kinds = SourceKindsOf(measure).ToList();
        if (kinds.Count == 0 || kinds.Any(kind => AreasOfKind(kind).Any(area => SameArea(area, Area))))
        {
            return null;
        }

        var sources = string.Join(" or ", kinds.Select(kind => LowerFirst(SourceKinds.Describe(kind))));
        return $"the area {Area} is not named in any row of {sources}";
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private IReadOnlyList<string> AreasOfKind(string kind)
    {
        if (!_areasByKind.TryGetValue(kind, out var areas))
        {
            areas = StoreInfo.Areas(_store, Force, kind);
            _areasByKind[kind] = areas;
        }

        return areas;
    }

    // Whether returns with the id are loaded for the force but none of their rows names an area.
    private bool WholeForceOnly(string returnsId) => ReturnsLoaded(returnsId) && AllReturns(returnsId).CoveredMonths.Count == 0;

    // Whether the force has any returns rows with the id, for the whole force or by area.
    private bool ReturnsLoaded(string returnsId)
    {
        var measureId = NormaliseReturnsId(returnsId);
        if (!_returnsLoaded.TryGetValue(measureId, out var loaded))
        {
            loaded = Convert.ToInt64(_store.Scalar("SELECT count(*) FROM monthly_returns WHERE force = $1 AND measure_id = $2", Force, measureId)) > 0;
            _returnsLoaded[measureId] = loaded;
        }

        return loaded;
    }

    private static bool SameArea(string left, string right) => string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Returns the kinds of source whose rows <paramref name="measure"/> counts, as named in
    /// <see cref="SourceKinds"/>: its monthly returns when any with its id are loaded, otherwise its
    /// records, and for a ratio or difference those of both parts. A kind may appear more than once.
    /// </summary>
    public IEnumerable<string> SourceKindsOf(MeasureDefinition measure)
    {
        var returnsId = measure switch
        {
            ReturnsMeasure returns => returns.Id,
            _ => measure.ReturnsId,
        };
        if (returnsId is not null && (measure is ReturnsMeasure || ReturnsLoaded(returnsId)))
        {
            return [SourceKinds.Returns(NormaliseReturnsId(returnsId))];
        }

        return measure switch
        {
            CrimeCountMeasure or AsbCountMeasure or SolvedCountMeasure => [SourceKinds.Street],
            OffenceCountMeasure or OffenceSolvedMeasure or MeanDaysToOutcomeMeasure or RepeatVictimMeasure or SeverityScoreMeasure => [SourceKinds.Offences],
            CallCountMeasure or CallWaitMeasure => [SourceKinds.Calls],
            SurveyProportionMeasure => [SourceKinds.Survey],
            RatioMeasure ratio => SourceKindsOf(ratio.Numerator).Concat(SourceKindsOf(ratio.Denominator)),
            DifferenceMeasure difference => SourceKindsOf(difference.Minuend).Concat(SourceKindsOf(difference.Subtrahend)),
            _ => [],
        };
    }

    private string KnownArea(string area)
    {
        var known = StoreInfo.Areas(_store, Force);
        var match = known.FirstOrDefault(candidate => SameArea(candidate, area));
        if (match is not null)
        {
            return match;
        }

        throw known.Count == 0
            ? new ScorecardDataException(
                $"Area '{area.Trim()}' is not recorded for force '{Force}', which has no areas: police.uk rows need an LSOA name, and extract, returns and population rows an area. Leave the area out to count the whole force.")
            : new ScorecardDataException(
                $"Area '{area.Trim()}' is not recorded for force '{Force}'. Its areas are: {string.Join(", ", known)}.");
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
