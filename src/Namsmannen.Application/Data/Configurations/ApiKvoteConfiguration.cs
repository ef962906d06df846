using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class ApiKvoteConfiguration : IEntityTypeConfiguration<ApiKvote>
{
    public void Configure(EntityTypeBuilder<ApiKvote> builder)
    {
        builder.ToTable("api_kvoter");
        builder.HasKey(k => k.KreditorId);
        builder.Property(k => k.KreditorId).ValueGeneratedNever();
    }
}
