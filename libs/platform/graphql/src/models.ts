import { Field, ID, ObjectType } from '@nestjs/graphql';

/** An object with an identity of its own: its id (a UUID) is the GraphQL ID that clients refetch and cache it by. */
@ObjectType({ isAbstract: true })
export abstract class EntityModel {
  @Field(() => ID) id!: string;
}
