namespace Scorecard.Data.Synthetic;

/// <summary>
/// The offence codes the generator writes, with shares shaped like a large English county force:
/// about a tenth violence with injury, a fifth violence without injury, 18% domestic abuse, 1%
/// knife-enabled, 3.5% child abuse.
/// </summary>
/// <remarks>
/// The codes and descriptions follow the Home Office Counting Rules, except <c>49D</c>, which this
/// generator invents for dog theft. Shares, flag rates, solved rates and severity weights are
/// invented to look plausible; none is an official figure.
/// </remarks>
internal static class SyntheticOffenceCodes
{
    /// <summary>Code the generator uses for theft of a dog, always flagged <c>dog-theft</c>.</summary>
    public const string DogTheftCode = "49D";

    /// <summary>Version written in the severity weights file.</summary>
    public const string SeverityVersion = "synthetic-1";

    /// <summary>Every code, in Home Office order.</summary>
    public static IReadOnlyList<SyntheticOffenceCode> All { get; } =
    [
        new() { Code = "1", Description = "Murder", Group = OffenceGroup.Homicide, Share = 0.0001, SeverityDays = 7300, FemaleVictim = 0.3, DomesticAbuse = 0.2, KnifeEnabled = 0.4, DrugRelated = 0.1, HighHarm = 1, Solved = 0.85 },
        new() { Code = "3B", Description = "Threats to kill", Group = OffenceGroup.ViolenceWithoutInjury, Share = 0.010, SeverityDays = 300, FemaleVictim = 0.6, DomesticAbuse = 0.35, KnifeEnabled = 0.15, HighHarm = 0.5, Solved = 0.10 },
        new() { Code = "5D", Description = "Assault with intent to cause serious harm", Group = OffenceGroup.ViolenceWithInjury, Share = 0.006, SeverityDays = 2000, FemaleVictim = 0.3, DomesticAbuse = 0.2, KnifeEnabled = 0.25, DrugRelated = 0.08, HighHarm = 1, Solved = 0.20 },
        new() { Code = "8N", Description = "Assault with injury", Group = OffenceGroup.ViolenceWithInjury, Share = 0.094, SeverityDays = 200, FemaleVictim = 0.52, DomesticAbuse = 0.38, KnifeEnabled = 0.02, DrugRelated = 0.03, ChildAbuse = 0.05, Solved = 0.15 },
        new() { Code = "105A", Description = "Assault without injury", Group = OffenceGroup.ViolenceWithoutInjury, Share = 0.160, SeverityDays = 30, FemaleVictim = 0.55, DomesticAbuse = 0.30, KnifeEnabled = 0.004, DrugRelated = 0.02, ChildAbuse = 0.05, Solved = 0.11 },
        new() { Code = "11", Description = "Cruelty to and neglect of children", Group = OffenceGroup.ViolenceWithoutInjury, Share = 0.012, SeverityDays = 220, FemaleVictim = 0.5, DomesticAbuse = 0.3, ChildAbuse = 1, HighHarm = 1, Solved = 0.08 },
        new() { Code = "8L", Description = "Harassment", Group = OffenceGroup.StalkingAndHarassment, Share = 0.075, SeverityDays = 25, FemaleVictim = 0.65, DomesticAbuse = 0.35, Solved = 0.06 },
        new() { Code = "8Q", Description = "Stalking", Group = OffenceGroup.StalkingAndHarassment, Share = 0.030, SeverityDays = 250, FemaleVictim = 0.8, DomesticAbuse = 0.6, HighHarm = 1, Solved = 0.05 },
        new() { Code = "8U", Description = "Controlling or coercive behaviour", Group = OffenceGroup.StalkingAndHarassment, Share = 0.022, SeverityDays = 350, FemaleVictim = 0.88, DomesticAbuse = 1, HighHarm = 1, Solved = 0.06 },
        new() { Code = "17A", Description = "Sexual assault on a female aged 13 and over", Group = OffenceGroup.SexualOffences, Share = 0.013, SeverityDays = 420, FemaleVictim = 1, DomesticAbuse = 0.1, ChildAbuse = 0.2, HighHarm = 1, Solved = 0.06 },
        new() { Code = "19C", Description = "Rape of a female aged 16 and over", Group = OffenceGroup.SexualOffences, Share = 0.008, SeverityDays = 3000, FemaleVictim = 1, DomesticAbuse = 0.35, HighHarm = 1, Solved = 0.04 },
        new() { Code = "22B", Description = "Sexual activity involving a child under 16", Group = OffenceGroup.SexualOffences, Share = 0.007, SeverityDays = 1200, FemaleVictim = 0.8, ChildAbuse = 1, HighHarm = 1, Solved = 0.08 },
        new() { Code = "34A", Description = "Robbery of business property", Group = OffenceGroup.Robbery, Share = 0.002, SeverityDays = 850, HasVictim = false, KnifeEnabled = 0.3, Business = 1, Solved = 0.15 },
        new() { Code = "34B", Description = "Robbery of personal property", Group = OffenceGroup.Robbery, Share = 0.012, SeverityDays = 700, FemaleVictim = 0.25, KnifeEnabled = 0.28, DrugRelated = 0.05, HighHarm = 0.3, Solved = 0.08 },
        new() { Code = "28E", Description = "Burglary - residential (home)", Group = OffenceGroup.Burglary, Share = 0.040, SeverityDays = 550, RuralFactor = 1.2, Solved = 0.04 },
        new() { Code = "30C", Description = "Burglary - business and community", Group = OffenceGroup.Burglary, Share = 0.018, SeverityDays = 160, HasVictim = false, Business = 1, RuralFactor = 1.6, Solved = 0.05 },
        new() { Code = "45", Description = "Theft from a vehicle", Group = OffenceGroup.VehicleOffences, Share = 0.040, SeverityDays = 15, FemaleVictim = 0.4, RuralFactor = 1.2, Solved = 0.02 },
        new() { Code = "48", Description = "Theft or unauthorised taking of a motor vehicle", Group = OffenceGroup.VehicleOffences, Share = 0.028, SeverityDays = 250, FemaleVictim = 0.35, Business = 0.1, RuralFactor = 1.3, Solved = 0.04 },
        new() { Code = "39", Description = "Theft from the person", Group = OffenceGroup.Theft, Share = 0.006, SeverityDays = 60, FemaleVictim = 0.55, RuralFactor = 0.4, Solved = 0.03 },
        new() { Code = "44", Description = "Theft or unauthorised taking of a pedal cycle", Group = OffenceGroup.Theft, Share = 0.012, SeverityDays = 5, FemaleVictim = 0.25, RuralFactor = 0.6, Solved = 0.02 },
        new() { Code = "49", Description = "Other theft", Group = OffenceGroup.Theft, Share = 0.085, SeverityDays = 10, FemaleVictim = 0.5, Business = 0.25, RuralFactor = 1.3, Solved = 0.04 },
        new() { Code = DogTheftCode, Description = "Theft of a dog (code made up by this generator)", Group = OffenceGroup.DogTheft, Share = 0.00035, SeverityDays = 40, FemaleVictim = 0.55, RuralFactor = 2.5, Solved = 0.06 },
        new() { Code = "46", Description = "Shoplifting", Group = OffenceGroup.Shoplifting, Share = 0.090, SeverityDays = 5, HasVictim = false, Business = 1, DrugRelated = 0.05, RuralFactor = 0.3, Solved = 0.24 },
        new() { Code = "56B", Description = "Arson not endangering life", Group = OffenceGroup.CriminalDamage, Share = 0.006, SeverityDays = 60, FemaleVictim = 0.4, Business = 0.2, RuralFactor = 1.5, Solved = 0.04 },
        new() { Code = "58A", Description = "Criminal damage to a dwelling", Group = OffenceGroup.CriminalDamage, Share = 0.030, SeverityDays = 15, FemaleVictim = 0.55, DomesticAbuse = 0.2, Solved = 0.06 },
        new() { Code = "58C", Description = "Criminal damage to a vehicle", Group = OffenceGroup.CriminalDamage, Share = 0.045, SeverityDays = 10, FemaleVictim = 0.45, DomesticAbuse = 0.05, RuralFactor = 1.1, Solved = 0.03 },
        new() { Code = "92A", Description = "Trafficking in controlled drugs", Group = OffenceGroup.DrugOffences, Share = 0.008, SeverityDays = 1200, HasVictim = false, DrugRelated = 1, KnifeEnabled = 0.02, Solved = 0.45 },
        new() { Code = "92D", Description = "Possession of controlled drugs (cannabis)", Group = OffenceGroup.DrugOffences, Share = 0.025, SeverityDays = 3, HasVictim = false, DrugRelated = 1, RuralFactor = 0.7, Solved = 0.60 },
        new() { Code = "10C", Description = "Possession of other weapons", Group = OffenceGroup.WeaponsPossession, Share = 0.004, SeverityDays = 60, HasVictim = false, Solved = 0.45 },
        new() { Code = "10D", Description = "Possession of article with blade or point", Group = OffenceGroup.WeaponsPossession, Share = 0.008, SeverityDays = 120, HasVictim = false, DrugRelated = 0.1, Solved = 0.50 },
        new() { Code = "9A", Description = "Public fear, alarm or distress", Group = OffenceGroup.PublicOrder, Share = 0.080, SeverityDays = 8, FemaleVictim = 0.5, DomesticAbuse = 0.12, Solved = 0.10 },
    ];
}
