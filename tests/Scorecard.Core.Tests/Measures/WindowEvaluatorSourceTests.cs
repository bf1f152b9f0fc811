using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;

namespace Scorecard.Core.Tests.Measures;

public sealed class WindowEvaluatorSourceTests
{
    private static readonly Window OneMonth = Window.MonthsEnding(1, new ReportMonth(2020, 1));

    private static readonly CrimeCountMeasure Crimes = new([], []);

    private static readonly SolvedCountMeasure Solved = new([]);

    // The parts would give 1 / 4 = 25%, but the source has no value for the ratio as a whole.
    [Fact]
    public void Evaluate_SourceRejectsRatio_KeepsReasonNotParts()
    {
        var rate = new RatioMeasure(Solved, Crimes);
        var source = new RejectingSource(new SeriesTable().Add(Solved, "2020-01", 1).Add(Crimes, "2020-01", 4), rate);

        var value = WindowEvaluator.Evaluate(rate, source, OneMonth);

        Assert.False(value.IsAvailable);
        Assert.Equal("no figures for this measure", value.UnavailableReason);
    }

    [Fact]
    public void Evaluate_SourceRejectsRatioPart_RatioNotAvailable()
    {
        var rate = new RatioMeasure(Solved, Crimes);
        var source = new RejectingSource(new SeriesTable().Add(Solved, "2020-01", 1).Add(Crimes, "2020-01", 4), Solved);

        var value = WindowEvaluator.Evaluate(rate, source, OneMonth);

        Assert.Equal("no figures for this measure", value.UnavailableReason);
    }

    [Fact]
    public void Evaluate_SourceRejectsOtherMeasure_UsesParts()
    {
        var rate = new RatioMeasure(Solved, Crimes);
        var source = new RejectingSource(new SeriesTable().Add(Solved, "2020-01", 1).Add(Crimes, "2020-01", 4), new AsbCountMeasure());

        Assert.Equal(25, WindowEvaluator.Evaluate(rate, source, OneMonth).Value);
    }

    // A source that has no value for one measure, as a source for one area has none for a return
    // given only for the whole force.
    private sealed class RejectingSource(SeriesTable records, MeasureDefinition rejected) : IMeasureSeriesSource
    {
        public MonthlySeries Series(MeasureDefinition measure) => records.Series(measure);

        public WindowValue? EvaluateWindow(MeasureDefinition measure, Window window) =>
            measure == rejected ? WindowValue.Unavailable(window, default, "no figures for this measure") : null;
    }
}
