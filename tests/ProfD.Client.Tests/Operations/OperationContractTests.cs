using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using ProfD.Client.Transport;

namespace ProfD.Client.Tests.Operations;

/// <summary>
/// Every operation file must be valid against the schema it is sent to, so a change to the contract that breaks the
/// client fails here, at build time, not in production.
/// </summary>
public sealed class OperationContractTests
{
    public static TheoryData<string> Operations => [.. OperationDocuments.Names];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_is_valid_against_the_published_schema(string name)
    {
        var schema = PublishedSchema.Load();
        var document = Parser.Parse(OperationDocuments.Read(name));
        var operation = Assert.Single(document.Definitions.OfType<GraphQLOperationDefinition>());
        Assert.Equal(name, operation.Name?.StringValue);

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            RequestServices = null!,
            User = null!,
        });

        // No variable values are given, so errors about missing values say nothing about the document: leave them out.
        var documentErrors = result.Errors.Where(e => e is not InvalidVariableError).Select(e => e.Message).ToList();
        Assert.Empty(documentErrors);
    }

    [Fact]
    public void Every_operation_file_is_exposed_as_a_typed_operation()
    {
        var declared = typeof(ProfDOperations).GetProperties().Select(p => (string)((dynamic)p.GetValue(null)!).Name).ToHashSet();
        Assert.Equal(OperationDocuments.Names.ToHashSet(), declared);
    }

    [Fact]
    public async Task The_validator_catches_a_field_the_schema_does_not_have()
    {
        var schema = PublishedSchema.Load();
        var document = Parser.Parse("query Broken { schools { nodes { colour } } }");
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            RequestServices = null!,
            User = null!,
        });
        Assert.False(result.IsValid);
    }
}
