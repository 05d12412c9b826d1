package com.example;

import com.example.petstore.ApiClient;
import com.example.petstore.api.PetsApi;
import com.example.petstore.model.Pet;
import com.example.petstore.model.PetStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** What a team writes in its first hour with the generated client. */
public final class PetstoreDemo {

    private PetstoreDemo() {
    }

    /** Builds a pet, writes it with the team's own ObjectMapper and reads it back. */
    public static Pet roundTrip(ObjectMapper mapper) throws IOException {
        Pet pet = Pet.builder().id(1L).name("Rex").tag(null).status(PetStatus.AVAILABLE).build();
        return mapper.readValue(mapper.writeValueAsString(pet), Pet.class);
    }

    /** The API over a client that talks to the spec's server. */
    public static PetsApi pets() {
        return new PetsApi(ApiClient.builder().build());
    }
}
