namespace ProfD.Trust.Nations;

/// <summary>How the programme classifies an economy; the same values as the node's <c>Economy</c>.</summary>
internal enum Economy
{
    Developed,
    Developing,
}
