using Scorecard.Core.Time;

namespace Scorecard.Data.Synthetic;

/// <summary>
/// How offence volumes and rates move over time. Each offence group has a slow trend (with the
/// spring 2020 lockdown dip) and a seasonal factor per calendar month. The domestic abuse share, the
/// solved rate and the time high-harm investigations take have trends of their own. Groups move in
/// different directions, so a scorecard built on the output has both improving and deteriorating indicators.
/// </summary>
/// <remarks>
/// Levels are relative: 1.0 is the 2019 level. The generator rescales the volumes so that the mean
/// over the months generated matches the offences a year asked for.
/// </remarks>
internal static class OffenceTrends
{
    private static readonly Dictionary<OffenceGroup, TrendCurve> Levels = new()
    {
        [OffenceGroup.Homicide] = TrendCurve.Flat(1.0),
        [OffenceGroup.ViolenceWithInjury] = Lockdown(0.85, ("2021-07", 1.00), ("2023-01", 1.01), ("2024-05", 0.92)),
        [OffenceGroup.ViolenceWithoutInjury] = Lockdown(0.90, ("2021-07", 1.02), ("2023-01", 1.00), ("2024-05", 0.88)),
        [OffenceGroup.StalkingAndHarassment] = Lockdown(1.10, ("2021-07", 1.22), ("2023-01", 1.20), ("2024-05", 0.98)),
        [OffenceGroup.SexualOffences] = Lockdown(0.80, ("2021-07", 1.15), ("2023-01", 1.20), ("2024-05", 1.05)),
        [OffenceGroup.Robbery] = Lockdown(0.55, ("2021-07", 0.80), ("2023-01", 0.95), ("2024-05", 1.00)),
        [OffenceGroup.Burglary] = Lockdown(0.70, ("2021-07", 0.75), ("2023-01", 0.80), ("2024-05", 0.76)),
        [OffenceGroup.VehicleOffences] = Lockdown(0.70, ("2021-07", 0.82), ("2023-01", 0.88), ("2024-05", 0.82)),
        [OffenceGroup.Theft] = Lockdown(0.55, ("2021-07", 0.78), ("2023-01", 0.85), ("2024-05", 0.85)),
        [OffenceGroup.Shoplifting] = Lockdown(0.55, ("2021-07", 0.80), ("2023-01", 1.05), ("2024-05", 1.35)),
        [OffenceGroup.CriminalDamage] = Lockdown(0.85, ("2021-07", 0.92), ("2023-01", 0.88), ("2024-05", 0.80)),
        [OffenceGroup.DrugOffences] = Lockdown(1.35, ("2021-07", 1.00), ("2023-01", 0.90), ("2024-05", 0.95)),
        [OffenceGroup.WeaponsPossession] = Lockdown(1.00, ("2021-07", 1.05), ("2023-01", 1.10), ("2024-05", 1.05)),
        [OffenceGroup.PublicOrder] = Lockdown(1.00, ("2021-07", 1.12), ("2023-01", 1.02), ("2024-05", 0.85)),
        [OffenceGroup.DogTheft] = Lockdown(1.40, ("2021-07", 1.30), ("2023-01", 1.00), ("2024-05", 0.80)),
    };

    // Factors for January to December: violence peaks in summer, burglary in the dark months,
    // shoplifting before Christmas, criminal damage around bonfire night.
    private static readonly double[] ViolenceSeason = [0.93, 0.90, 0.97, 0.99, 1.06, 1.07, 1.09, 1.05, 1.00, 0.99, 0.96, 0.99];
    private static readonly double[] MildSeason = [0.97, 0.95, 1.00, 0.99, 1.03, 1.03, 1.04, 1.02, 1.01, 1.00, 0.98, 0.98];
    private static readonly double[] BurglarySeason = [1.12, 1.00, 0.95, 0.88, 0.88, 0.87, 0.90, 0.92, 0.95, 1.08, 1.20, 1.25];
    private static readonly double[] VehicleSeason = [1.05, 0.98, 0.97, 0.95, 0.95, 0.95, 0.98, 1.00, 1.00, 1.05, 1.08, 1.04];
    private static readonly double[] TheftSeason = [0.90, 0.88, 0.95, 1.00, 1.05, 1.07, 1.10, 1.08, 1.02, 1.00, 0.97, 0.98];
    private static readonly double[] ShopliftingSeason = [0.95, 0.93, 1.00, 0.98, 1.00, 0.98, 0.98, 0.98, 0.98, 1.02, 1.05, 1.15];
    private static readonly double[] DamageSeason = [0.95, 0.92, 1.00, 1.00, 1.03, 1.02, 1.03, 1.00, 0.97, 1.08, 1.05, 0.95];
    private static readonly double[] RobberySeason = [1.05, 0.95, 0.95, 0.93, 0.97, 0.97, 0.98, 0.98, 1.00, 1.05, 1.10, 1.07];
    private static readonly double[] FlatSeason = [1.00, 0.98, 1.02, 1.00, 1.02, 1.00, 1.00, 1.00, 1.00, 1.02, 1.00, 0.96];

    /// <summary>Multiplies each code's domestic abuse probability: a little up in 2021, down by 2024.</summary>
    public static TrendCurve DomesticAbuseShare { get; } = new(("2019-01", 1.00), ("2021-06", 1.04), ("2023-01", 0.98), ("2024-05", 0.90));

    /// <summary>Multiplies each code's solved probability: up after 2019, falling again from 2023.</summary>
    public static TrendCurve SolvedRate { get; } = new(("2019-01", 1.00), ("2021-06", 1.08), ("2023-01", 1.02), ("2024-05", 0.92));

    /// <summary>Multiplies the days a high-harm investigation takes: rising by half from 2019 to 2024.</summary>
    public static TrendCurve HighHarmDays { get; } = new(("2019-01", 1.00), ("2021-06", 1.10), ("2023-01", 1.20), ("2024-05", 1.50));

    /// <summary>Returns the group's relative volume in <paramref name="month"/>, before days in the month are counted.</summary>
    public static double Level(OffenceGroup group, ReportMonth month) => Levels[group].At(month) * Season(group)[month.Month - 1];

    private static double[] Season(OffenceGroup group) => group switch
    {
        OffenceGroup.Homicide or OffenceGroup.ViolenceWithInjury or OffenceGroup.ViolenceWithoutInjury or OffenceGroup.PublicOrder => ViolenceSeason,
        OffenceGroup.StalkingAndHarassment or OffenceGroup.SexualOffences => MildSeason,
        OffenceGroup.Burglary => BurglarySeason,
        OffenceGroup.VehicleOffences => VehicleSeason,
        OffenceGroup.Theft or OffenceGroup.DogTheft => TheftSeason,
        OffenceGroup.Shoplifting => ShopliftingSeason,
        OffenceGroup.CriminalDamage => DamageSeason,
        OffenceGroup.Robbery => RobberySeason,
        _ => FlatSeason,
    };

    // Every group is level through February 2020, moves to its lockdown level in April and May 2020,
    // and then follows its own anchors.
    private static TrendCurve Lockdown(double lockdownLevel, params (string Month, double Value)[] after) =>
        new([("2019-01", 1.0), ("2020-02", 1.0), ("2020-04", lockdownLevel), ("2020-05", lockdownLevel), .. after]);
}
