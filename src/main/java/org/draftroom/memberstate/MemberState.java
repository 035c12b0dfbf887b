package org.draftroom.memberstate;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A Member State or observer State, with its name exactly as UN documents print it. */
@MappedEntity("member_state")
public record MemberState(@Id String code, String name, boolean observer) {
}
