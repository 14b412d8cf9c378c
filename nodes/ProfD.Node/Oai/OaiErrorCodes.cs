namespace ProfD.Node.Oai;

/// <summary>The error codes of OAI-PMH 2.0 (section 3.6) that this repository can give.</summary>
internal static class OaiErrorCodes
{
    public const string BadArgument = "badArgument";
    public const string BadResumptionToken = "badResumptionToken";
    public const string BadVerb = "badVerb";
    public const string CannotDisseminateFormat = "cannotDisseminateFormat";
    public const string IdDoesNotExist = "idDoesNotExist";
    public const string NoRecordsMatch = "noRecordsMatch";
}
