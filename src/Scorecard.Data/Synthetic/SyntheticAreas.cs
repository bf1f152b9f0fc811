namespace Scorecard.Data.Synthetic;

/// <summary>One invented local policing area.</summary>
/// <param name="Name">Area name, "Area 01" to "Area 10", so nobody mistakes it for a real place.</param>
/// <param name="Population">Mid-2019 population at the default (Essex-sized) scale.</param>
/// <param name="RuralShare">Probability that an offence in the area is flagged rural, 0 to 1.</param>
/// <param name="CrimeRate">Offences per head relative to the force as a whole; town areas are above 1.</param>
internal sealed record SyntheticArea(string Name, int Population, double RuralShare, double CrimeRate);

/// <summary>The ten invented areas of the synthetic force: 1.85 million people at the default scale.</summary>
internal static class SyntheticAreas
{
    /// <summary>Population growth per year, as a fraction (0.006 is 0.6%).</summary>
    public const double AnnualGrowth = 0.006;

    /// <summary>Year whose population <see cref="SyntheticArea.Population"/> gives.</summary>
    public const int BaseYear = 2019;

    /// <summary>Every area, from the most urban to the most rural.</summary>
    public static IReadOnlyList<SyntheticArea> All { get; } =
    [
        new("Area 01", 245_000, 0.04, 1.35),
        new("Area 02", 210_000, 0.06, 1.25),
        new("Area 03", 190_000, 0.08, 1.15),
        new("Area 04", 180_000, 0.10, 1.05),
        new("Area 05", 180_000, 0.13, 1.00),
        new("Area 06", 175_000, 0.16, 0.95),
        new("Area 07", 170_000, 0.20, 0.90),
        new("Area 08", 170_000, 0.26, 0.80),
        new("Area 09", 165_000, 0.34, 0.72),
        new("Area 10", 165_000, 0.42, 0.65),
    ];

    /// <summary>Returns the area's mid-year population for <paramref name="year"/> at the given scale (1 is Essex-sized), at least 1.</summary>
    public static int PopulationIn(SyntheticArea area, int year, double scale)
    {
        var growth = Math.Pow(1 + AnnualGrowth, year - BaseYear);
        return Math.Max(1, (int)Math.Round(area.Population * scale * growth));
    }
}
