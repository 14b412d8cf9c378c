namespace ProfD.Node.Demo;

/// <summary>The research themes every demo node draws from, so that projects at different nodes meet on shared themes.</summary>
internal static class DemoThemes
{
    public const string Oracy = "oracy";
    public const string AssessmentForLearning = "assessment for learning";
    public const string Inclusion = "inclusion";
    public const string OutdoorLearning = "outdoor learning";
    public const string MathematicsMastery = "mathematics mastery";
    public const string MultilingualClassrooms = "multilingual classrooms";
    public const string DigitalLiteracy = "digital literacy";
    public const string ClimateEducation = "climate education";
    public const string EarlyReading = "early reading";
    public const string Wellbeing = "wellbeing";
    public const string ScienceEnquiry = "science enquiry";
    public const string ParentalEngagement = "parental engagement";

    public static IReadOnlyList<string> All { get; } =
    [
        Oracy, AssessmentForLearning, Inclusion, OutdoorLearning, MathematicsMastery, MultilingualClassrooms,
        DigitalLiteracy, ClimateEducation, EarlyReading, Wellbeing, ScienceEnquiry, ParentalEngagement,
    ];
}
