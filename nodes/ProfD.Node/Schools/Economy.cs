namespace ProfD.Node.Schools;

/// <summary>How the programme classifies a school's economy; a triangle needs two of one and one of the other.</summary>
internal enum Economy
{
    Developed,
    Developing,
}
