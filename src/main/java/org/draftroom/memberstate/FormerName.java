package org.draftroom.memberstate;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDate;

/** A name a Member State bore at the UN until the day before {@code usedUntil}. */
@MappedEntity("member_state_former_name")
public record FormerName(@Id @MappedProperty("code") String code, String name, LocalDate usedUntil) {
}
