/** The signed-in member; a real shop reads it from its session on the server. */
export interface Member {
  id: number;
  name: string;
  email: string;
  tel: string;
}

export async function getMember(): Promise<Member> {
  return { id: 42, name: '홍길동', email: 'gildong@example.com', tel: '010-1234-5678' };
}
