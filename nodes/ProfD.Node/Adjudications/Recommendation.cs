namespace ProfD.Node.Adjudications;

internal enum Recommendation
{
    Pass,
    MinorCorrections,
    MajorCorrections,
    Resubmit,
    Fail,
}
