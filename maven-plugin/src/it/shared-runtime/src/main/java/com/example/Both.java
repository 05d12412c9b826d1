package com.example;

import com.example.owners.api.OwnersApi;
import com.example.owners.model.Owner;
import com.example.pets.ApiException;
import com.example.pets.RetryPolicy;
import com.example.pets.api.PetsApi;
import com.example.pets.model.Pet;

/** Both APIs, each with its own client (its servers and credentials), over one runtime: one ApiException, one RetryPolicy. */
public final class Both {

    private Both() {
    }

    /**
     * The name of a pet's owner, or a note when either call fails.
     *
     * @param petId the pet
     * @param ownerId its owner
     * @return the names
     */
    public static String names(long petId, String ownerId) {
        RetryPolicy retries = RetryPolicy.builder().maxAttempts(2).build();
        PetsApi pets = new PetsApi(com.example.pets.ApiClient.builder().petKey("key").retryPolicy(retries).build());
        OwnersApi owners = new OwnersApi(com.example.owners.ApiClient.builder().ownerToken("token").retryPolicy(retries).build());
        try {
            Pet pet = pets.getPet(petId);
            Owner owner = owners.getOwner(ownerId);
            return pet.getName() + " belongs to " + owner.getName();
        } catch (ApiException e) {
            return "unknown (" + e.statusCode() + ")";
        }
    }
}
