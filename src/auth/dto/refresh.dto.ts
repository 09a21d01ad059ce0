import { IsString, Length } from 'class-validator';

export class RefreshDto {
  @IsString() @Length(1, 128) refreshToken: string;
}
