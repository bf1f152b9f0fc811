namespace Scorecard.Data.Synthetic;

/// <summary>Offence group of a synthetic offence code: decides its trend, season and kind of outcome.</summary>
internal enum OffenceGroup
{
    Homicide,
    ViolenceWithInjury,
    ViolenceWithoutInjury,
    StalkingAndHarassment,
    SexualOffences,
    Robbery,
    Burglary,
    VehicleOffences,
    Theft,
    Shoplifting,
    CriminalDamage,
    DrugOffences,
    WeaponsPossession,
    PublicOrder,
    DogTheft,
}

/// <summary>
/// One Home Office offence code as the generator uses it: its share of all offences, its synthetic
/// severity weight, who its victims are and how often each flag applies. Probabilities are 0 to 1.
/// </summary>
internal sealed record SyntheticOffenceCode
{
    /// <summary>Home Office offence code, such as <c>8N</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Short description for the README.</summary>
    public required string Description { get; init; }

    public required OffenceGroup Group { get; init; }

    /// <summary>Relative share of all offences before trends and seasons; the generator divides it by the total of the table's shares.</summary>
    public required double Share { get; init; }

    /// <summary>Synthetic severity weight in days; invented, not the ONS weight.</summary>
    public required double SeverityDays { get; init; }

    /// <summary>Whether offences have an identified victim; false for state-based and business-only offences.</summary>
    public bool HasVictim { get; init; } = true;

    /// <summary>Probability that a victim is female (the rest are male, bar a few recorded as other).</summary>
    public double FemaleVictim { get; init; } = 0.5;

    public double DomesticAbuse { get; init; }

    public double KnifeEnabled { get; init; }

    public double DrugRelated { get; init; }

    public double ChildAbuse { get; init; }

    public double Business { get; init; }

    public double HighHarm { get; init; }

    /// <summary>Multiplies the area's rural share: above 1 for offences more common in the countryside.</summary>
    public double RuralFactor { get; init; } = 1.0;

    /// <summary>Probability that the offence is eventually solved (outcome types 1, 1A, 2, 3, 4, 6, 7, 8), in 2019.</summary>
    public required double Solved { get; init; }
}
