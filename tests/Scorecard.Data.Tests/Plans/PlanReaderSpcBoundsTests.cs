using Scorecard.Core.Spc;
using Scorecard.Data.Plans;

namespace Scorecard.Data.Tests.Plans;

public sealed class PlanReaderSpcBoundsTests
{
    // Line 7 is the indicator's id, so the spc block's keys start on line 13.
    private static string Plan(string unit, string measure, string spc = "") => $"""
        name: Test plan
        force: test-force
        priorities:
          - number: 1
            title: Test
            indicators:
              - id: x
                label: X
                unit: {unit}
                polarity: lower-is-better
                measure: {measure}
        {spc}
        """;

    private const string Crimes = "{ kind: crimes }";
    private const string SolvedRate = "{ kind: ratio, numerator: { kind: solved }, denominator: { kind: crimes } }";
    private const string Disparity =
        "{ kind: difference, minuend: { kind: survey, question: q, victim: no }, subtrahend: { kind: survey, question: q, victim: yes } }";

    private static SpcBounds ReadBounds(string yaml) => PlanReader.Read(yaml, "test.yaml").Indicators.Single().SpcOptions.Bounds;

    private static string Spc(params string[] lines) => "        spc:\n" + string.Join("\n", lines.Select(line => "          " + line));

    [Fact]
    public void Read_CountWithoutSpc_FloorZero()
    {
        Assert.Equal(new SpcBounds(0, null), ReadBounds(Plan("count", Crimes)));
    }

    [Fact]
    public void Read_CountWithOtherSpcKeys_FloorZero()
    {
        Assert.Equal(new SpcBounds(0, null), ReadBounds(Plan("count", Crimes, Spc("trend-length: 6"))));
    }

    [Fact]
    public void Read_PercentageWithoutSpc_FloorZeroCeiling100()
    {
        Assert.Equal(new SpcBounds(0, 100), ReadBounds(Plan("percentage", SolvedRate)));
    }

    [Fact]
    public void Read_DifferenceWithoutSpc_NoBounds()
    {
        Assert.Equal(SpcBounds.None, ReadBounds(Plan("percentage", Disparity)));
    }

    [Fact]
    public void Read_FloorAndCeiling_ReplaceDefaults()
    {
        Assert.Equal(new SpcBounds(-5, 5), ReadBounds(Plan("percentage", Disparity, Spc("limits-floor: -5", "limits-ceiling: 5"))));
    }

    [Fact]
    public void Read_FloorNone_TurnsTruncationOff()
    {
        Assert.Equal(SpcBounds.None, ReadBounds(Plan("count", Crimes, Spc("limits-floor: none"))));
    }

    [Fact]
    public void Read_CeilingNone_KeepsDefaultFloor()
    {
        Assert.Equal(new SpcBounds(0, null), ReadBounds(Plan("percentage", SolvedRate, Spc("limits-ceiling: none"))));
    }

    [Fact]
    public void Read_CeilingOnCount_KeepsDefaultFloor()
    {
        Assert.Equal(new SpcBounds(0, 31), ReadBounds(Plan("count", Crimes, Spc("limits-ceiling: 31"))));
    }

    [Theory]
    [InlineData("count", Crimes, "limits-floor: zero", "test.yaml line 13, key 'limits-floor': found 'zero', expected a number in the indicator's unit, such as 0, or none.")]
    [InlineData("count", Crimes, "limits-ceiling: .inf", "test.yaml line 13, key 'limits-ceiling': found '.inf', expected a number in the indicator's unit, such as 0, or none.")]
    [InlineData("count", Crimes, "limits-ceiling: 0", "test.yaml line 13, key 'limits-ceiling': found '0', expected a number above the default limits floor 0, or none.")]
    [InlineData("percentage", SolvedRate, "limits-floor: 100", "test.yaml line 13, key 'limits-floor': found '100', expected a number below the default limits ceiling 100, or none.")]
    [InlineData("count", Crimes, "limits-flor: 0", "test.yaml line 13: unknown key 'limits-flor' under 'spc', expected one of the keys screening")]
    public void Read_InvalidBound_NamesLineAndKey(string unit, string measure, string line, string expected)
    {
        var error = Assert.Throws<ScorecardDataException>(() => ReadBounds(Plan(unit, measure, Spc(line))));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CeilingNotAboveFloor_NamesCeiling()
    {
        var yaml = Plan("count", Crimes, Spc("limits-floor: 50", "limits-ceiling: 20"));

        var error = Assert.Throws<ScorecardDataException>(() => ReadBounds(yaml));

        Assert.Equal("test.yaml line 14, key 'limits-ceiling': found '20', expected a number above the limits floor 50, or none.", error.Message);
    }

    [Fact]
    public void Read_MisspeltBoundKey_Suggestion()
    {
        var error = Assert.Throws<ScorecardDataException>(() => ReadBounds(Plan("count", Crimes, Spc("limits-flor: 0"))));

        Assert.EndsWith("Did you mean 'limits-floor'?", error.Message, StringComparison.Ordinal);
    }
}
