using GraphQL.Types;

namespace ProfD.Trust.Library;

internal sealed class LibraryWhereGraphType : InputObjectGraphType<LibraryWhere>
{
    public LibraryWhereGraphType()
    {
        Name = "LibraryWhere";
        Description = "Conditions on the library; all given must hold. Each is a value of the facet of the same name.";
        Field<StringGraphType>("nation").Description("ISO 3166-1 alpha-2 code of the exhibition's school.");
        Field<StringGraphType>("institution").Description("The code of the exhibition's home institution.");
        Field<StringGraphType>("theme").Description("A theme, exactly as the facet shows it.");
        Field<IntGraphType>("year").Description("The year of publication.");
        Field<StringGraphType>("mediaKind").Description("A kind of media the exhibition holds, for example VIDEO.");
        Field<StringGraphType>("language").Description("A language, as stored (for example en).");
        Field<IdGraphType>("provocation").Description("Exhibitions answering this provocation (global ID).");
    }
}
