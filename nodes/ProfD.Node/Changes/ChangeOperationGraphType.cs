using GraphQL.Types;

namespace ProfD.Node.Changes;

internal sealed class ChangeOperationGraphType : EnumerationGraphType<ChangeOperation>
{
    public ChangeOperationGraphType()
    {
        Name = "ChangeOperation";
        Description = "UPSERT: the record became public or changed while public. DELETE: it stopped being public (deleted, withdrawn, no longer mentoring); a tombstone.";
    }
}
