namespace Scorecard.Data.Import.PoliceUk;

/// <summary>The kinds of police.uk monthly file that Scorecard imports.</summary>
public enum PoliceUkFileKind
{
    /// <summary><c>YYYY-MM-force-street.csv</c>: street-level crimes and anti-social behaviour.</summary>
    Street,

    /// <summary><c>YYYY-MM-force-outcomes.csv</c>: outcomes recorded in the month, by crime id.</summary>
    Outcomes,
}
