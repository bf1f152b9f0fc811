using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;

namespace Scorecard.Core.Tests.Measures;

/// <summary>Monthly series written out in a test, keyed by measure; covered months are those given.</summary>
internal sealed class SeriesTable : IMeasureSeriesSource
{
    private readonly Dictionary<MeasureDefinition, Dictionary<ReportMonth, Components>> _values = [];

    public HashSet<ReportMonth> Covered { get; } = [];

    public SeriesTable Add(MeasureDefinition measure, string month, double count) => Add(measure, month, Components.Count(count));

    public SeriesTable Add(MeasureDefinition measure, string month, Components components)
    {
        var parsed = ReportMonth.Parse(month);
        if (!_values.TryGetValue(measure, out var months))
        {
            _values[measure] = months = [];
        }

        months[parsed] = components;
        Covered.Add(parsed);
        return this;
    }

    public SeriesTable Cover(Window window)
    {
        Covered.UnionWith(window.Months);
        return this;
    }

    public MonthlySeries Series(MeasureDefinition measure)
    {
        var values = _values.GetValueOrDefault(measure) ?? [];
        return new MonthlySeries(values, Covered);
    }
}
