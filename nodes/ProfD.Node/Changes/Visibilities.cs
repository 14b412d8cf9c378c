using ProfD.Node.Exhibitions;
using ProfD.Node.Teachers;

namespace ProfD.Node.Changes;

/// <summary>The one place that says what is public at a node.</summary>
internal static class Visibilities
{
    public static Visibility Of(ExhibitionStatus status) => status switch
    {
        ExhibitionStatus.Published => Visibility.Public,
        ExhibitionStatus.Withdrawn => Visibility.Withdrawn,
        _ => Visibility.Hidden,
    };

    /// <summary>A teacher's mentor profile is public while they offer mentoring.</summary>
    public static Visibility OfMentor(bool offersMentoring) => offersMentoring ? Visibility.Public : Visibility.Hidden;

    public static bool IsPublic(Exhibition exhibition) => Of(exhibition.Status) == Visibility.Public;

    public static bool IsPublicMentor(Teacher teacher) => OfMentor(teacher.OffersMentoring) == Visibility.Public;
}
