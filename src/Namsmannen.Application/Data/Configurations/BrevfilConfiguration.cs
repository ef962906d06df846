using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Brevarkiv;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class BrevfilConfiguration : IEntityTypeConfiguration<Brevfil>
{
    public void Configure(EntityTypeBuilder<Brevfil> builder)
    {
        builder.ToTable("brevfiler");
        builder.HasKey(f => f.BrevId);
        builder.Property(f => f.Html).IsRequired();
        builder.Property(f => f.Pdf).IsRequired();
        builder.HasOne<Brev>().WithOne().HasForeignKey<Brevfil>(f => f.BrevId).OnDelete(DeleteBehavior.Restrict);
    }
}
